# Sanad user interface: every text the app and the command line show outside scenarios.

## Application

app-name = Sanad
app-tagline = Victim-centred investigation training
text-unavailable = [This text is not available in your language yet.]

## Languages, each named in itself (the same in every locale)

language-choose = Choose your language
language-en = English
language-ar = العربية
language-ckb = کوردی (سۆرانی)

## Modes

mode-label = Mode
mode-workshop = Workshop
mode-workshop-desc = Instructor-led: feedback is held for the debrief.
mode-self = Self-paced
mode-self-desc = On your own: feedback after each choice.

## Home and the scenario library

home-title = Scenario library
home-trainee = Trainee code: { $code }
home-no-scenarios = No scenarios could be loaded. Ask your instructor to check the content folder.
home-settings = Settings
home-quit = Quit
home-library-summary = { $count ->
    [one] One scenario, about { $minutes } minutes of material
   *[other] { $count } scenarios, about { $minutes } minutes of material
}
home-suggested = Suggested order
home-suggested-item = { $n }. { $title }
home-resume = You left "{ $title }" before its end. You can go on where you were.
home-resume-button = Resume
home-resume-failed = The run you left cannot be resumed: the scenario has changed since. Start it again from the library.
home-group-interview = Interviews
home-group-investigation = Investigations
home-group-coordination = Coordination between agencies
scenario-kind-interview = Interview
scenario-kind-investigation = Investigation
scenario-kind-coordination = Coordination
scenario-minutes = About { $minutes } minutes
scenario-competencies = Competencies trained
scenario-last-result = Last result: { $percent }%
scenario-last-result-none = Not yet played
scenario-open = Open

## Briefing

briefing-title = Briefing
briefing-background = Case background
briefing-objectives = Objectives
briefing-content-note = Content note
briefing-pause-note = These scenarios describe exploitation. You can pause or leave at any time with Esc.
briefing-start = Start
briefing-back = Back to the library

## Play

play-narration = Narration
play-transcript = The conversation so far
play-you = You
play-continue = Continue
play-choose-hint = Choose with the mouse, the number keys 1–9, or Tab and Enter.
play-case-panel = Case file
play-evidence = Evidence
play-evidence-none = No evidence collected yet.
play-evidence-unlawful = collected unlawfully
play-referrals = Referrals
play-contacts = Agencies contacted
play-notes = Notes
play-none = None yet.
play-turns-left = Steps left: { $turns }
play-feedback = Feedback
play-principle = Principle: { $principle }
play-critical = Critical error
play-pause = Pause
play-paused = Paused
play-resume = Resume
play-leave = Leave the scenario
play-stuck = This scenario cannot continue from here. Please tell your instructor (node { $node }).

## Cues: how the interviewee seems, in words

cue-trust = How much the person trusts you
cue-trust-guarded = Guarded: short answers, avoids your eyes
cue-trust-opening = Opening up: answers more freely
cue-trust-confident = Confident: speaks openly and asks questions
cue-distress = How the person is coping
cue-distress-calm = Calm
cue-distress-tense = Tense: hesitates, hands clenched
cue-distress-high = Very distressed: close to tears, struggling to go on

## Debrief

debrief-title = Debrief
debrief-outcome = Outcome
debrief-total = Total: { $percent }%
debrief-scores = Score per competency
debrief-score-line = { $earned } of { $max } points ({ $percent }%)
debrief-score-line-bound = { $earned } of at least { $max } points
debrief-total-bound = Total: at most { $percent }% (the best achievable was not fully worked out)
debrief-score-not-assessed = Not assessed on this path
debrief-score-penalties = { $earned ->
    [0] No penalty (this scenario only takes points away here)
   *[other] { $earned } (this scenario only takes points away here)
}
debrief-total-explained = The total is the average of the assessed competencies' percentages, weighted as in the rubric. Critical errors are listed whatever the total.
debrief-questions = Your questions
debrief-question-count = { $count }
debrief-questions-share = Recommended questions (invitations and directives): { $percent }% of your questions
debrief-questions-none = You asked no questions in this scenario.
debrief-suggested = Details your questions put into the account
question-invitation = Invitation (open: "Tell me about...")
question-directive = Directive (what, where, when, who, how)
question-option-posing = Option-posing (yes/no, either/or)
question-suggestive = Suggestive (assumes the answer, or presses)
question-statement = Statement (not a question)
debrief-critical = Critical errors
debrief-critical-none = No critical errors.
debrief-timeline = Your choices
debrief-choice = Choice { $n }
debrief-no-feedback = No feedback for this step.
debrief-retry = Retry
debrief-other-seed = Try another version
debrief-next = Next scenario
debrief-home = Back to the library
debrief-unfinished = The scenario was left before an ending.

## Outcomes

outcome-protected = Person protected
outcome-partial = Partly successful
outcome-compromised = Case compromised
outcome-harmful = Person harmed

## Roles

role-investigator = Investigator
role-interviewee = Interviewee
role-interpreter = Interpreter
role-colleague = Colleague
role-supervisor = Supervisor
role-suspect = Suspect
role-witness = Witness
role-support = Support worker
role-other = Other

## Agencies and services

agency-shelter = Shelter or safe accommodation
agency-health = Health care
agency-legal-aid = Legal aid
agency-psychosocial = Psychosocial support
agency-labour-inspectorate = Labour inspectorate
agency-investigative-judge = Investigative judge
agency-residency = Residency office
agency-asayish = Asayish
agency-customs = Customs
agency-border-police = Border police
agency-child-protection = Child protection services
agency-iom = IOM
agency-ngo = Partner NGO
agency-embassy = Embassy or consulate
agency-dcvaw = Directorate of Combating Violence Against Women
agency-cybercrime-unit = Cybercrime unit (Ministry of Interior)
agency-anti-trafficking-unit = Anti-trafficking directorate (federal Ministry of Interior)
agency-molsa-shelter = Women's shelter (Ministry of Labour and Social Affairs)
agency-aml-office = Anti-Money Laundering and Counter-Terrorism Financing Office (Central Bank of Iraq)

## Settings

settings-title = Settings
settings-language = Language
settings-text-size = Text size
settings-text-small = Small
settings-text-medium = Medium
settings-text-large = Large
settings-text-xlarge = Extra large
settings-contrast = High contrast
settings-on = On
settings-off = Off
settings-mode = Mode
settings-back = Back

## Loading and errors

loading = Loading…
load-error-title = The training content could not be loaded
load-error-body = { $count } problem(s) were found. Ask your instructor to run `sanad check`. The first problem:
load-error-retry = Try again
load-error-quit = Quit

## Rubric: competencies

comp-safety = Safety and do no harm
comp-safety-desc = Risk assessment, safety planning, separating the person from a controller, readiness for emergencies.
comp-consent = Informed consent and control
comp-consent-desc = Explaining purpose and use; the right to refuse, stop and take breaks; specific consent for phone data or a medical examination.
comp-trauma = Trauma-informed communication
comp-trauma-desc = Rapport, open questions, no blame, patience with inconsistency.
comp-rights = Rights and non-punishment
comp-rights-desc = No detention or charges for irregular entry or forced acts; help not conditional on testimony; information on rights and legal aid.
comp-gender-child = Gender- and child-sensitivity
comp-gender-child-desc = Offering the interviewer's and interpreter's gender; presuming minority when age is uncertain; a guardian; the child's best interests.
comp-confidentiality = Confidentiality and data protection
comp-confidentiality-desc = Need-to-know sharing, protecting identity, secure records.
comp-language = Language access
comp-language-desc = A neutral, qualified interpreter; checking dialect and understanding.
comp-evidence = Evidence and investigation quality
comp-evidence-desc = Corroboration, lawful and documented collection, chain of custody, planning.
comp-referral = Referral and coordination
comp-referral-desc = Referral to health, shelter, legal aid and labour services; inter-agency coordination; follow-up.

## Rubric: principles

principle-who-do-no-harm = Do no harm (WHO)
principle-who-know-risks = Know the subject and assess the risks (WHO)
principle-who-referral-info = Prepare referral information; make no promises you cannot keep (WHO)
principle-who-interpreters = Select and prepare interpreters with care (WHO)
principle-who-confidentiality = Ensure anonymity and confidentiality (WHO)
principle-who-informed-consent = Informed consent (WHO)
principle-who-respect-assessment = Respect the person's own assessment of their situation (WHO)
principle-who-no-retraumatise = Do not re-traumatise (WHO)
principle-who-emergency = Be prepared for emergency intervention (WHO)
principle-who-use-information = Put the information to good use (WHO)
principle-ohchr-rights-centre = Human rights at the centre (OHCHR)
principle-ohchr-non-punishment = Non-punishment of victims (OHCHR)
principle-ohchr-unconditional-assistance = Assistance not conditional on cooperation (OHCHR)
principle-ohchr-complicity = Officials' complicity is investigated (OHCHR)
principle-palermo-consent-irrelevant = Consent is irrelevant once any means was used (Trafficking Protocol)
principle-smuggling-non-criminalisation = Smuggled migrants are not prosecuted for being smuggled (Smuggling Protocol)
principle-peace-planning = Planning and preparation (PEACE)
principle-peace-engage-explain = Engage and explain (PEACE)
principle-peace-account = Account, clarification, challenge (PEACE)
principle-peace-closure = Closure (PEACE)
principle-peace-evaluation = Evaluation (PEACE)
principle-mendez-no-coercion = No coercion, ever (Méndez Principles)
principle-mendez-safeguards = Legal safeguards throughout (Méndez Principles)
principle-mendez-vulnerability = Meeting the needs of people in vulnerable situations (Méndez Principles)
principle-gp-trauma-informed = Trauma-informed contact
principle-gp-interpreter-neutral = Neutral, qualified interpretation
principle-gp-gender-choice = Offering the gender of interviewer and interpreter
principle-gp-child-presumption = Presumption of minority and the child's best interests
principle-gp-digital-evidence = Lawful, consented and documented digital evidence
principle-gp-corroboration = Corroboration beyond the victim's statement
principle-gp-referral-coordination = Referral and inter-agency coordination
principle-gp-risk-assessment = Risk assessment and safety planning
principle-gp-data-protection = Confidentiality and data protection

## Command-line transcript

cli-scenario = Scenario
cli-seed = Seed
cli-choice = choice
cli-you-chose = You chose
cli-feedback = Feedback
cli-principle = Principle
cli-critical = CRITICAL
cli-ending = Ending
cli-not-finished = Not finished: the choices ran out before an ending.
cli-score = Score
cli-total = Total
cli-critical-errors = Critical errors

## Class report (sanad report, and the instructor's class view)

report-title = Class report
report-summary = { $attempts } attempts ({ $finished } finished) by { $trainees } trainees, on { $scenarios } scenarios.
report-competencies = Competencies
report-competency = Competency
report-mean = Mean %
report-median = Median %
report-min = Min %
report-max = Max %
report-critical = Most frequent critical errors
report-times = { $count ->
    [one] once
   *[other] { $count } times
}, by { $trainees ->
    [one] one trainee
   *[other] { $trainees } trainees
}
report-decisions = Choices at each decision
report-questions = Question profile
report-recommended = Share of recommended questions: { $mean }% on average (lowest { $min }%, highest { $max }%).
report-outcomes = Outcomes
report-trainees = Per trainee code
report-trainee = Trainee code
report-attempts = Attempts
report-total = Mean total %
report-skipped = Files left out
report-percent = { $percent }%
report-chart-competencies = Mean score per competency (line: lowest to highest; red: median)
report-chart-questions = Questions asked, by type
report-chart-outcomes = Endings reached
report-unfinished = Not finished

## Progress, records and the class view

home-progress = My progress and records
home-class = Class report (instructor)
progress-title = My progress
progress-privacy = You are known here only by your trainee code. No real name is needed, and nothing leaves this computer unless you export it.
progress-none = Finish a scenario to see your progress here.
progress-attempts = { $count } finished attempts. Each bar is one attempt, oldest first.
progress-next = Practise next: { $title }. It trains { $competency }, your weakest competency so far ({ $percent }% on average).
progress-start = Start with: { $title }.
progress-open = Open it
progress-export = Export for the instructor
progress-exported = { $count } attempts were written to { $path }. Copy this folder to the instructor's USB stick.
progress-export-failed = The export failed: { $error }
progress-delete = Delete my records
progress-delete-confirm = Yes, delete my records for good
progress-deleted = { $count } records were deleted.
class-title = Class report
class-source = The attempts on this computer and in { $path }. Copy the trainees' export folders there, then open this report again.
class-none = No attempts yet.
class-skipped = { $count } files could not be used; `sanad report` lists them with the reason.
class-spread = mean { $mean }%, from { $min }% to { $max }%, { $attempts } attempts
settings-data = Training data on this computer
settings-delete-all = Delete all training data on this computer
settings-delete-all-confirm = Yes, delete everything (this cannot be undone)
settings-deleted-all = All training data on this computer was deleted.

## Workshop mode: discussion points, a held debrief, the trainee code

play-discuss = Discussion point
play-discuss-note = Discuss this with the group. Continue when your instructor says so.
play-think = Think about it
debrief-held = The debrief waits for the group discussion
debrief-held-note = Your choices are saved. Your instructor will open the debrief on this computer after the discussion.
debrief-unlock-code = Instructor's code
debrief-unlock = Open the debrief
debrief-unlock-wrong = That is not the workshop code.
settings-trainee = Your trainee code
settings-trainee-note = No real name is needed. Type the code your instructor gave you, or keep this one. Your results on this computer are kept under it.
settings-trainee-save = Use this code
settings-trainee-saved = Your trainee code is now { $code }.
settings-workshop = Workshop code (instructor)
settings-workshop-note = With a workshop code set, in workshop mode the debrief of each scenario waits until the instructor types the code on this computer, so that the group discusses first.
settings-workshop-set = Hold debriefs with this code
settings-workshop-is-set = A workshop code is set. Type it to remove it.
settings-workshop-remove = Remove the code
entry-invalid = Use 3 to 16 letters, digits or hyphens.
scenario-last-result-held = Done: the result is shown at the debrief
home-data-damaged = { $file } could not be read, so the app goes on without it. Nothing was lost: its content was kept as { $aside }.
home-data-unreadable = { $file } could not be read, so the app goes on without it. Ask your instructor to check the data folder.

## The scene panel (play screen) and its setting
play-scene-missing = The scene cannot be drawn ({ $problem }). The conversation and the case file still show everything.
play-in-room = In the room
play-place = Place: { $place }
settings-scene = Show the scene (the room and who is in it)
place-interview-room = Interview room
place-front-desk = Front desk of the police station
place-checkpoint = Checkpoint
place-market = Market
place-meeting-room = Meeting room
place-apartment = Apartment
