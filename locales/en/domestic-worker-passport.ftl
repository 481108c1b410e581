# Scenario: domestic-worker-passport
# Arguments every message receives: $worker_name, $worker_gender ("female" or "male"),
# $worker_language, $months_unpaid, $trust, $distress, $interpreter_neutral, $consent_given.

## Library and briefing

dwp-title = The passport in the drawer
dwp-summary =
    A foreign domestic worker has left an employer's house in Erbil and come to the police station.
    The employer has followed and wants the worker handed back. You lead the first contact and interview.
dwp-objective-separate = Separate the person from the suspected controller before anything else.
dwp-objective-interpreter = Arrange a neutral, qualified interpreter in the person's own language.
dwp-objective-consent = Explain the purpose of the interview and obtain informed consent, including for phone data.
dwp-objective-evidence = Gather lawful evidence that corroborates the account, so the case does not rest on testimony alone.
dwp-objective-referral = Refer the person to support that does not depend on cooperation with the investigation.
dwp-content-note =
    This scenario concerns labour exploitation in domestic work: a withheld passport, unpaid wages and
    restricted movement. It contains no descriptions of violence.

## Cast

dwp-cast-worker = { $worker_name }
dwp-cast-employer = The employer
dwp-cast-colleague = First Lieutenant Shilan Karim
dwp-cast-interpreter = The court interpreter

dwp-name-maria = Maria
dwp-name-tigist = Tigist
dwp-name-sunita = Sunita
dwp-name-rahim = Rahim
dwp-lang-tagalog = Tagalog
dwp-lang-amharic = Amharic
dwp-lang-nepali = Nepali
dwp-lang-bengali = Bengali

## Evidence and notes

dwp-ev-messages = Recruitment messages on the worker's phone (copied with consent, limited to the recruiter's chat)
dwp-ev-advert = The recruitment advertisement on social media (preserved with date, time and address)
dwp-ev-passport = The worker's passport, recovered from the employer under the prosecutor's authority
dwp-ev-phone-copy = A full copy of the worker's phone, taken without consent
dwp-note-passport = The employer held the passport in a locked drawer; recovered and logged.
dwp-note-continue-later = The interview was paused at the person's request; to continue when they are ready.

## The story

dwp-call =
    Late afternoon at a police station in Erbil. A domestic worker, { $worker_name }, has come in alone,
    carrying a small bag. A few minutes later the employer arrives.
dwp-employer-demands =
    { $worker_gender ->
        [male] He works for my family and he has run away. He took money from the house. Give him back to me and I will deal with it.
       *[other] She works for my family and she has run away. She took money from the house. Give her back to me and I will deal with it.
    }
dwp-employer-demands-b =
    { $worker_gender ->
        [male] I paid the agency a lot for him. His papers are with me, it is all legal. Let me take him home.
       *[other] I paid the agency a lot for her. Her papers are with me, it is all legal. Let me take her home.
    }
dwp-first-step = The employer is standing beside { $worker_name } at the desk. What do you do first?
dwp-first-separate =
    Ask the employer politely to wait in another room, and take { $worker_name } somewhere the employer cannot see or hear.
dwp-first-together = Sit them down together so that they can settle the matter quickly in front of you.
dwp-first-arrest =
    Detain { $worker_name } on the theft complaint and for having no valid residence papers.
dwp-employer-answers-for =
    { $worker_gender ->
        [male] He does not speak Arabic. I will answer for him. He is fine, he is only homesick.
       *[other] She does not speak Arabic. I will answer for her. She is fine, she is only homesick.
    }
dwp-employer-decision = The employer is answering every question for { $worker_name }. What now?
dwp-employer-separate-now = Stop the conversation and separate them now.
dwp-employer-as-interpreter = Let the employer interpret, since there is no one else who speaks the language.
dwp-colleague-language =
    { $worker_gender ->
        [male] He speaks a little Arabic, but not enough for this. His language is { $worker_language }.
       *[other] She speaks a little Arabic, but not enough for this. Her language is { $worker_language }.
    }
dwp-interpreter-question = How will you communicate with { $worker_name }?
dwp-interp-roster =
    Call an interpreter from the court's roster for { $worker_language }, check the dialect, ask
    { $worker_gender ->
        [male] him
       *[other] her
    } whether the interpreter's gender matters, and brief the interpreter on confidentiality and word-for-word interpretation.
dwp-interp-driver =
    Ask the employer's driver, who is from the same country and is waiting outside, to interpret.
dwp-interp-arabic = Carry on in simple Arabic and gestures; it will be quicker.
dwp-interpreter-ready =
    I have interpreted for the court for six years. I will translate everything word for word, and
    everything said here stays confidential.
dwp-room = Where do you talk?
dwp-room-quiet =
    { $worker_gender ->
        [male] Use the quiet interview room, offer water, and ask { $worker_name } whether he would prefer a man or a woman to lead the interview.
       *[other] Use the quiet interview room, offer water, and ask { $worker_name } whether she would prefer a woman officer to lead the interview.
    }
dwp-room-corridor = Talk at the front desk; the interview room is busy and this will not take long.
dwp-explain = Before any questions, what do you tell { $worker_name }?
dwp-explain-full =
    Explain who you are and why you are talking; that what is said may be shared with the prosecutor;
    that { $worker_gender ->
        [male] he
       *[other] she
    } may refuse any question, take a break or stop at any time; and that help does not depend on answering.
dwp-explain-must-answer = Say that { $worker_gender ->
        [male] he
       *[other] she
    } must answer every question, or there will be consequences.
dwp-explain-skip = Skip the explanations and start with the questions, to save time.
dwp-worker-guarded = I am fine. I just want my passport. Please, I do not want problems.
dwp-worker-guarded-b = I do not know. I only want to go home. Can I have my passport?
dwp-worker-opening = Thank you. I was afraid to come here. I want to tell you what happened.
dwp-questions = How do you start the account?
dwp-q-open = "Please tell me, in your own words, what happened, from the time you were recruited."
dwp-q-leading = "Did your employer lock you in? Did they hit you? Just say yes or no."
dwp-q-accuse = "Your employer says you stole money. Why did you steal?"
dwp-worker-account =
    An agent found me through an advertisement on social media. They said the salary was good.
    When I arrived, madam took my passport "to keep it safe". I worked every day, from early morning to
    late at night. I was not allowed to go out. I have not been paid for { $months_unpaid } months.
    They said I owe the agency for my ticket.
dwp-inconsistency =
    Earlier { $worker_name } said the wages stopped "after the winter"; now the number of months does
    not match. How do you respond?
dwp-inc-gentle =
    Note it calmly and ask later, in an open way, to help place the events: "Let us go back to when the
    wages stopped. What do you remember about that time?"
dwp-inc-liar = Point out the contradiction and say you think { $worker_gender ->
        [male] he is
       *[other] she is
    } not telling the truth.
dwp-worker-asks-to-stop = Please… I cannot talk any more today. Can we stop?
dwp-stop-decision = { $worker_name } has asked to stop. What do you do?
dwp-stop-respect =
    Stop the interview. Thank { $worker_gender ->
        [male] him
       *[other] her
    }, explain what happens next and that the interview can continue another day, and arrange a safe place for tonight.
dwp-stop-press = Say you only need a few more answers about the employer, and continue.
dwp-phone =
    { $worker_name } mentions that the agent's messages and the advertisement are still on
    { $worker_gender ->
        [male] his
       *[other] her
    } phone. What do you do?
dwp-phone-consent =
    Ask for specific consent to photograph only the chat with the agent and the advertisement, explain how
    they will be used, and record the consent. Respect a refusal.
dwp-phone-explain-first =
    First explain the purpose of the interview and the right to refuse, then ask for specific, limited
    consent to photograph the chat with the agent and the advertisement.
dwp-phone-seize = Take the phone, have it unlocked, and make a full copy of everything on it.
dwp-phone-skip = Leave the phone; the statement is enough for the case.
dwp-planning =
    While { $worker_name } rests, plan the next steps. You have time for three of them before the person
    must be settled for the night.
dwp-planning-done = Finish planning and move on.
dwp-plan-warrant =
    Ask the prosecutor for authority to recover the passport from the employer's house, and log it with
    a custody record.
dwp-plan-advert =
    Find the recruitment advertisement online and preserve it: screenshot, date, time and address, in the
    case file.
dwp-plan-labour =
    Inform the labour inspectorate about the recruitment agency, through the agreed contact, without
    naming the worker.
dwp-plan-call-employer = Phone the employer to say that a complaint has been made against them.
dwp-plan-residency = Ask the residency office to check the worker's papers and start removal proceedings.
dwp-referral = What support do you arrange?
dwp-ref-unconditional =
    { $worker_gender ->
        [male] Arrange safe accommodation for { $worker_name } with IOM or a partner organisation (there is no state shelter for adult men), a health check and free legal aid, and explain that this help does not depend on testifying.
       *[other] Refer { $worker_name } to a shelter, a health check and free legal aid, and explain that this help does not depend on testifying.
    }
dwp-ref-conditional = Explain that safe accommodation is possible, but only if the worker testifies against the employer.
dwp-ref-agency = Take { $worker_name } back to the recruitment agency's office so that it can find a new employer.
dwp-closure = How do you close the conversation?
dwp-close-summary =
    Summarise what you heard, let { $worker_name } correct or add anything, explain the next steps and
    give a contact number.
dwp-close-next-time =
    Confirm the safe place for tonight, agree when and where to meet again, and give a contact number.
dwp-close-abrupt = End the conversation and hand over to the duty officer.

## Endings

dwp-end-protected =
    { $worker_gender ->
        [male] { $worker_name } spends the night in safe accommodation arranged with a partner organisation, with a health check arranged and a lawyer assigned. The case rests on the account and on evidence gathered lawfully. The employer is being investigated.
       *[other] { $worker_name } spends the night in a shelter, with a health check arranged and a lawyer assigned. The case rests on the account and on evidence gathered lawfully. The employer is being investigated.
    }
dwp-end-partial =
    { $worker_name } is safe for now and has support, but the case has gaps: the account is not yet
    corroborated, or trust was damaged along the way. Look at the debrief to see where.
dwp-end-unsupported =
    { $worker_name } leaves without support. The recruiter's network is untouched, and the person is at
    risk of being exploited again.
dwp-end-detained =
    { $worker_name } spends the night in a cell. A possible victim of trafficking has been treated as an
    offender, and the employer goes home. Whatever happens next, the chance to identify a victim was lost.
dwp-end-compromised =
    With the employer interpreting, { $worker_name } repeats that everything is fine. The account cannot be
    relied upon and the person has been exposed to the suspected controller.
dwp-end-withdrawn =
    { $worker_name } stops answering and withdraws consent to any further contact. The person has been
    harmed by the interview, and the account cannot be used.

## Feedback

dwp-fb-first-separate =
    Do no harm: the person is separated from the suspected controller before anything else, so that nobody
    is pressured or watched while they speak.
dwp-fb-first-together =
    Do no harm: putting the person face to face with the suspected controller exposes them to pressure and
    reprisal, and silences the account. Separate them first.
dwp-fb-first-arrest =
    Non-punishment: a person who may have been trafficked is not detained or charged for lacking papers or
    for acts that are a direct consequence of being exploited. Identify first.
dwp-fb-employer-separate-now =
    Risk assessment: someone else speaking for the person is an indicator of control. Recognising it and
    separating them late is still far better than not at all.
dwp-fb-employer-as-interpreter =
    Neutral interpretation: the suspected controller must never interpret. The person cannot speak freely,
    and anything "said" cannot be relied upon.
dwp-fb-interp-roster =
    Interpreters: a trained, neutral interpreter, checked for dialect and briefed on confidentiality, with
    the person's view on the interpreter's gender, is the basis of a reliable interview.
dwp-fb-interp-driver =
    Neutral interpretation: the employer's driver is linked to the suspect and to the person's community. The
    person will not speak freely, and what they say may reach the employer.
dwp-fb-interp-arabic =
    Vulnerability and language access: interviewing a person in a language they barely speak leads to
    misunderstanding and unreliable statements. Arrange qualified interpretation.
dwp-fb-room-quiet =
    Gender and trauma-informed practice: a private, calm place, water, and the offer (not the imposition) of
    an interviewer of the gender the person prefers help the person feel safe enough to talk.
dwp-fb-room-corridor =
    Confidentiality: a public front desk exposes the person to others and to the employer waiting nearby.
    Interviews about exploitation need a private place.
dwp-fb-explain-full =
    Informed consent: the person knows the purpose, how the information may be used, that they can refuse any
    question or stop at any time, and that help is not conditional.
dwp-fb-explain-must-answer =
    No coercion: threatening consequences turns an interview with a possible victim into coercion. It breaks
    trust and makes the account unreliable.
dwp-fb-explain-skip =
    Engage and explain: without knowing who you are and why you ask, the person cannot give informed consent
    and is less likely to trust you.
dwp-fb-q-open =
    Free recall first: an open question lets the person give their own account before any probing. It is
    the most reliable way to get a full and accurate statement.
dwp-fb-q-leading =
    Account and clarification: leading, closed questions suggest answers and weaken the statement. Start with
    free recall; probe later.
dwp-fb-q-accuse =
    Trauma-informed communication: opening with the employer's accusation treats the person as a suspect. It
    frightens and silences a possible victim.
dwp-fb-inc-gentle =
    Account, clarification, challenge: early inconsistencies are often due to trauma or fear, not lies.
    Returning to them later with open questions respects the person and strengthens the account.
dwp-fb-inc-liar =
    Do not re-traumatise: calling a possible victim a liar causes distress for no purpose and usually ends
    the account. Inconsistencies are clarified gently, not used as an accusation.
dwp-fb-stop-respect =
    Informed consent: the person may stop at any time. Respecting the request, explaining next steps and
    securing a safe place keeps the door open to a later interview.
dwp-fb-stop-press =
    No coercion: continuing after a clear request to stop violates consent, harms the person and makes what
    follows unusable.
dwp-fb-phone-consent =
    Digital evidence: free, informed and specific consent, limited to the chats that matter, with the
    consent recorded, gives lawful corroboration without exposing the person's private life.
dwp-fb-phone-explain-first =
    Informed consent: consent for phone data must be specific and informed; explaining the purpose first
    makes the consent real. Next time explain at the start of the interview.
dwp-fb-phone-seize =
    Digital evidence: forcing an unlock and copying a victim's whole phone without consent is unlawful and
    harmful. The evidence may be excluded and the person's trust is lost.
dwp-fb-phone-skip =
    Corroboration: a case that rests only on the victim's statement is fragile. The messages and the
    advertisement could have corroborated the account, with consent.
dwp-fb-plan-warrant =
    Corroboration: recovering the withheld passport under proper authority, with a custody record, documents
    a key indicator of trafficking lawfully.
dwp-fb-plan-advert =
    Digital evidence: the recruitment advertisement, preserved with date, time and address, corroborates the
    deception about the job and points to the recruiter.
dwp-fb-plan-labour =
    Referral and coordination: the labour inspectorate can act on the recruitment agency; sharing only what is
    needed protects the worker's identity.
dwp-fb-plan-call-employer =
    Confidentiality: telling the employer about the complaint puts the person and their family at risk and
    warns the suspect. Information is shared on a need-to-know basis.
dwp-fb-plan-residency =
    Non-punishment: starting removal against a possible victim punishes them for the consequences of being
    exploited and deters others from coming forward.
dwp-fb-ref-unconditional =
    Unconditional assistance: safe accommodation, health care and legal aid are rights of a victim, not a
    reward for testimony.
dwp-fb-ref-conditional =
    Unconditional assistance: making safe accommodation depend on testimony turns protection into pressure.
    Assistance is not conditional on cooperation with the investigation.
dwp-fb-ref-agency =
    Do no harm: the recruitment agency may be part of the exploitation. Returning the person there risks
    re-trafficking.
dwp-fb-close-summary =
    Closure: summarising, letting the person correct and add, explaining next steps and leaving a contact
    ends the interview with respect, improves accuracy and keeps a line open if the risk grows.
dwp-fb-close-next-time =
    Closure: after a pause at the person's request, agreeing a safe place and the next meeting keeps the person
    safe and the investigation open.
dwp-fb-close-abrupt =
    Closure: ending abruptly leaves the person without information about what happens next, and without a
    contact if the risk grows.
