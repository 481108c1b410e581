# Scenario: case-conference
# Arguments every message receives: $person_name, $person_gender ("female" / "male"),
# $person_age, $person_origin, $person_language, $person_work, $person_home, $own_home, $interp_gender
# (the person, drawn from the seed: Hiwot, Rubel or Maricel), and the variables $trust, $gap,
# $case_damaged, $no_asayish, $inspected_now, $waited.
# The person agrees in gender through $person_gender; the interpreter through $interp_gender.
# For the man (Rubel) there is no state shelter: his safe accommodation is arranged by IOM with
# the NGO, so the shelter texts select on $person_gender. The trainee, who chairs the meeting,
# is not addressed with gendered forms. The exploitation is named, never described.

## Library and briefing

cc-title = The case conference
cc-summary =
    A foreign worker recruited through an agency in Erbil was held in labour exploitation: passport taken,
    wages unpaid, not allowed out, a debt for the agency's fee. The investigative judge has opened a
    trafficking case and asked the Combating Organized Crimes Directorate to coordinate. You chair a meeting
    of the police, the Asayish, customs, the Ministries of Health and of Labour and Social Affairs, the
    shelter NGO and IOM. Each of them wants something from the case.
cc-objective-consent =
    Before the meeting, ask the person, with a neutral interpreter and open questions, what each agency may
    know.
cc-objective-need-to-know = Share on a need-to-know basis: each agency receives what its task needs, and no more.
cc-objective-sop =
    Agree a written referral path (an SOP): a case manager, named focal points, deadlines, and help that never
    depends on testimony.
cc-objective-dispute =
    Settle a dispute between agencies without trading away the person's rights, including the wish to go
    home.
cc-objective-network =
    Plan the investigation against the network, not only the employer: money, entries, complicity, other
    victims.
cc-content-note =
    This scenario concerns labour trafficking of a foreign worker: a confiscated passport, unpaid wages,
    confinement and debt. Most of it is a meeting between agencies. It contains no descriptions of violence.
cc-discuss-rules = Before you open the meeting: who at this table needs to know what about the person, and who decides?
cc-discuss-dispute = Before you settle it: what does each side need, and what can the investigative judge do that neither side can?
cc-discuss-others = Before you choose: what does each option cost the workers still in the houses, and what does it cost the case?

## Cast

cc-cast-person = { $person_name }
cc-cast-interpreter = The interpreter (IOM roster, by video)
cc-cast-caseworker = Shilan Hassan, caseworker of the shelter NGO
cc-cast-hana = First Lieutenant Hana Jabbar, your deputy in the Directorate
cc-cast-police = Lieutenant Colonel Karwan Othman, Erbil police
cc-cast-asayish = Captain Dilshad Rasul, Asayish
cc-cast-customs = Zhian Omar, customs, Erbil International Airport
cc-cast-health = Dr Yousif Hanna, Ministry of Health
cc-cast-molsa = Nasrin Qadir, Ministry of Labour and Social Affairs
cc-cast-iom = Samuel Mwangi, IOM protection officer

## Profiles

cc-name-hiwot = Hiwot
cc-name-rubel = Rubel
cc-name-maricel = Maricel
cc-origin-hiwot = an Ethiopian woman from Bahir Dar
cc-origin-rubel = a Bangladeshi man from Sylhet
cc-origin-maricel = a Filipina woman from Iloilo
cc-lang-amharic = Amharic
cc-lang-bengali = Bengali (the Sylheti variety)
cc-lang-tagalog = Tagalog
cc-work-hiwot = a domestic worker in a house in Ankawa
cc-work-rubel = a labourer on building sites
cc-work-maricel = a carer for an elderly man in Erbil
cc-home-hiwot = her daughter in Bahir Dar
cc-home-rubel = his wife and sons in Sylhet
cc-home-maricel = her grandchildren in Iloilo
cc-own-home-hiwot = my daughter in Bahir Dar
cc-own-home-rubel = my wife and sons in Sylhet
cc-own-home-maricel = my grandchildren in Iloilo

## Cues: how the person seems, in words

cc-cue-trust = How far { $person_name } trusts the people deciding
cc-cue-trust-closed = Closed: agrees to everything, asks nothing
cc-cue-trust-wary = Wary: looks at the caseworker before each answer
cc-cue-trust-open = Open: asks questions and says what matters

## Evidence and details

cc-ev-money-trail = The agency's bank and money-transfer records, on the investigative judge's order
cc-ev-entry-records = Entry records of the workers the agency brought in, from customs and the border police
cc-ev-arrivals = The accounts of the next group of workers, met at the airport as possible victims
cc-ev-workers-statements = Voluntary statements of two other workers taken out of the houses
cc-ev-clerk-file = A file on a residency office clerk who issued the agency's permits
cc-ev-adverts = The agency's adverts and the messages the person agreed to share, preserved with a hash
cc-ev-call-recording = A recording of a call the person was asked to make to the agency owner
cc-detail-testify = That the person wants to testify
cc-detail-testify-weak =
    Account, clarification, challenge: "helping you catch them" came from your question, and the person agreed to it. It is not the
    person's own wish, yet the meeting used it as if it were.

## Before the meeting

cc-arrival =
    Sunday, nine in the morning, Erbil. At ten you chair a case conference at the Combating Organized Crimes
    Directorate, at the investigative judge's request, in a trafficking case against the Dunya recruitment
    agency. First you meet the person the case is about, at the shelter NGO's office.

    { $person_name } is { $person_origin }, { $person_age } years old, who came to work as { $person_work }.
    { $person_gender ->
        [male] He speaks
       *[other] She speaks
    } { $person_language } and a little English.
cc-caseworker-brief =
    Four days with us now. The agency took the passport at the airport, paid two months out of eleven, and
    calls its fee a debt. The employer has filed a complaint of "absconding" and theft.
cc-caseworker-brief-b =
    No passport, the agency has it; two months' wages in eleven; a debt that grows. The employer now says
    { $person_name } stole and ran away. The meeting frightens { $person_gender ->
        [male] him
       *[other] her
    }.
cc-interpreter = Nobody here speaks { $person_language }. How will you talk with { $person_name }?
cc-interp-iom =
    An interpreter from IOM's roster by video, of the gender { $person_name } prefers; check the dialect and
    brief on confidentiality.
cc-interp-volunteer =
    The NGO's volunteer who speaks { $person_language }, a member of the community in Erbil whom
    { $person_name } has met at the shelter and seems to like.
cc-interp-agency =
    The interpreter who came to the police station on Thursday with the agency's lawyer and left a number:
    fluent, and free at once.
cc-interp-english =
    Simple English, which { $person_name } understands a little, with the caseworker helping: a video
    interpreter takes time on a Sunday.
cc-interp-ready =
    I speak the same variety as { $person_name }. I will interpret everything, in the first person, and
    nothing said here leaves this room.
cc-interp-volunteer-note =
    The volunteer interprets. { $person_name } glances at the volunteer before each answer and leaves things
    out.
cc-interp-english-note =
    You go on in English. { $person_name } nods at words { $person_gender ->
        [male] he does
       *[other] she does
    } not know, and the answers shrink.
cc-explain = What do you tell { $person_name } about the meeting?
cc-explain-full =
    Who will be there; that { $person_gender ->
        [male] he decides
       *[other] she decides
    } what each may know beyond what the judge requires; that help does not depend on it; that this can
    change later.
cc-explain-form =
    That the meeting is there to help, and ask for a signature on the Directorate's standard consent form, so
    that the agencies can exchange the file without coming back each time.
cc-explain-spare =
    As little as possible: the caseworker will speak for { $person_name } in the meeting, and seven agencies'
    names would only be a burden this morning.
cc-explain-more =
    That the meeting decides about the stay, the shelter and the journey home, and that the more the agencies
    hear today, the easier it is for them to help.
cc-first-question = How do you ask what matters to { $person_name }?
cc-q-worries = "What worries you most about the coming weeks, and what should the people at this meeting know? Tell me."
cc-q-passport = "You told the caseworker the agency has your passport. What would you like done about it?"
cc-q-go-home = "Do you want to go home? Yes or no is enough for now."
cc-q-help-us = "You want to help us catch the people who did this, don't you?"
cc-wishes-full =
    I want my passport and my wages, and to go home to { $own_home }. But the embassy must not know yet:
    the agent at home knows people there. And two from my flight are still in houses, without phones. I will
    tell the judge what happened, once, if I can then go.
cc-wishes-passport = The agency keeps it in the office. I want it back, and my wages. Then I want to go home.
cc-wishes-short = Yes. Home. I want to go home.
cc-wishes-short-b = Yes. I don't want problems. I want to go home.
cc-echoes-testify = Yes... yes. I will help you. Like you said.
cc-scope = What do you agree with { $person_name } before the meeting?
cc-scope-list =
    Go through the agencies one by one, write down what each may know, and read it back through the
    interpreter.
cc-scope-general =
    One line, read back: "The agencies may share what is necessary for protection and the case"; the
    agencies know best what they need.
cc-scope-decide-all =
    Ask for a decision now on all that the meeting will raise, testifying and staying for the trial included,
    so that you can give the agencies firm answers.
cc-scope-judge =
    Explain that consent is not really needed, since the investigative judge can order any record, but that
    you will keep the agencies careful.

## The meeting

cc-meeting =
    Ten o'clock, the Directorate's conference room. Seven agencies are at the table; your deputy, First
    Lieutenant Hana Jabbar, takes the minutes.
cc-intro-police =
    The employer's brother calls me every day about the theft complaint. I want the owner in custody this
    week. Give us the full statement and we do the rest.
cc-intro-police-b =
    We know this agency. Give my officers the statement and the addresses, and we arrest the owner by
    Thursday. The theft complaint needs an answer too.
cc-intro-asayish = The owner is known to us from another matter. We want to check every name in this file against our records.
cc-intro-customs = The agency brings workers in through the airport every month on the same sponsors. The next group is booked for the twentieth.
cc-intro-health = I saw { $person_name } on Friday, with consent, for care. Medical information stays off this table without a reason and consent.
cc-intro-molsa = Our labour inspectors found the case. My ministry licensed this agency, and I want the licence withdrawn.
cc-intro-ngo = { $person_name } trusts us, and that trust keeps this case alive. Whatever we decide must be heard from us first.
cc-intro-iom = We can fund safe accommodation, care and a return home, when the person wants it. A return needs a travel document.
cc-rules = How do you open the meeting?
cc-rules-code =
    With rules: a case code instead of the name; each agency gets what its task needs, as agreed this
    morning; one full file, at the Directorate.
cc-rules-read =
    By reading out the summary of the statement taken by the judge's clerk, so that everyone starts from the
    same facts and nobody asks { $person_name } again.
cc-rules-round =
    With a round in which each agency says what it needs from the case, setting rules for sharing as the
    requests come up, since each agency knows its needs best.
cc-rules-group =
    By posting the file to a messaging group for the case, so that everyone can follow on their phones and
    keep coordinating after today.
cc-round-drift =
    The round takes forty minutes. Three agencies ask for the full file, and the police read out the address
    where { $person_name } stays. Hana notes it all.
cc-group-posted =
    The file is in the group within a minute: statement, passport page, the address where { $person_name } stays. By noon, one
    participant has forwarded it to a colleague "for information".

## What each agency receives

cc-ask-asayish = For our checks we need the whole file: statement, phone contacts, the family's address at home.
cc-share-asayish = What do the Asayish receive?
cc-asayish-suspects = The names, numbers and addresses of the suspects and the agency: what a check of the network needs.
cc-asayish-full =
    The whole file, as asked: the Asayish are bound by secrecy, and refusing them would cost their goodwill
    for the rest of the case.
cc-asayish-nothing =
    Nothing for now: the Asayish ask the investigative judge in writing, so that every page that leaves the
    Directorate has an order behind it.
cc-asayish-interview =
    A meeting between an Asayish officer and { $person_name } this week, with the caseworker present, so that
    they hear first-hand what they need.
cc-asayish-closes = Then we wait for the judge's letter. What we know about the owner waits too.
cc-ask-health = Doctor, we need the medical file for the charge. The judge will ask for it anyway.
cc-share-health = How do you handle the medical information?
cc-health-judge =
    A report for the investigative judge only, with { $person_name }'s specific consent; the rest stays with
    the health service.
cc-health-summary =
    A short summary of { $person_name }'s health from the doctor to the meeting, so that the NGO and IOM can
    plan care and the journey home.
cc-health-police =
    The medical file to the police: it is a criminal case, the findings matter to the charge, and the judge
    will order it in any case.
cc-embassy-wish =
    { $person_name } told us this morning: the embassy must not know yet. The agent at home has friends
    there.
cc-embassy-ask = For a return we need a travel document: the passport is with the agency. May we contact the embassy?
cc-share-embassy = What do you decide about the embassy?
cc-embassy-consent =
    IOM contacts the embassy only when { $person_name } agrees, with only what a travel document needs;
    meanwhile the judge can order the agency to hand over the passport.
cc-embassy-now =
    IOM contacts the embassy tomorrow: a travel document takes weeks, and the embassy has a duty to its
    citizens.
cc-embassy-mofa =
    Leave it to the police liaison, who informs embassies through the Ministry of Foreign Affairs whenever a
    foreign national is in a case: it is standard procedure.

## The written referral path

cc-sop = We have no referral mechanism in writing. Usually each agency does its part and calls the others. Shall we?
cc-sop-written =
    A written path, drafted now: the caseworker as case manager, a focal point in each agency, steps within a
    day and a week; all sign.
cc-sop-central =
    The Directorate, as lead agency, handles every step, and the others act only on its written request:
    fewer people then hold the file.
cc-sop-verbal =
    The steps agreed aloud, as proposed, and each agency writes to the investigative judge about its own part
    under its own ministry's procedure.
cc-ask-shelter =
    { $person_gender ->
        [male] There is no state shelter for men. IOM can fund safe accommodation with the NGO, on a court letter.
       *[other] Our women's shelters admit on a court letter, and the letter usually comes after testimony before the judge.
    }
cc-shelter = What do you propose?
cc-shelter-letter =
    { $person_gender ->
        [male] A protection letter from the judge today, on the identification as a possible victim, for safe accommodation through IOM, with legal aid.
       *[other] A protection letter from the judge today, on the identification as a possible victim, for a shelter place, with legal aid.
    }
cc-shelter-after =
    The usual order: the letter and the place after { $person_name } has testified before the investigative
    judge, as the rules say.
cc-shelter-informal =
    An informal stay with the NGO for as long as needed: no letter is then needed, and nobody has to wait for
    the court.
cc-shelter-hotel =
    A hotel near the Directorate, paid by the police, until the papers are done: a room is free tonight, and an
    officer can look in daily.

## The disagreement

cc-dispute-iom =
    { $person_name } has told us clearly: home, within weeks. We can arrange it. Nobody here may stop that.
cc-dispute-police =
    And the case? No witness, no case, and a trial takes a year. The residency office can hold the exit for
    the overstay fines until then.
cc-dispute-police-suggested =
    You said yourself the victim wants to testify. A trial takes a year. The residency office can hold the exit
    for the fines until then.
cc-dispute = The meeting looks at you. How do you settle it?
cc-dispute-statement =
    A full statement recorded soon by the investigative judge, with the caseworker present; IOM prepares the
    return; the fines waived on the judge's letter.
cc-dispute-block =
    The exit held until the trial, as the police propose, with shelter and IOM's support meanwhile: the case
    protects many other workers, and { $person_name } will be looked after while waiting.
cc-dispute-let-go =
    IOM's side: { $person_name } goes home when the travel document is ready, with no statement before the
    judge; the case will rest on documents and other workers.
cc-dispute-later =
    Both positions minuted, and the decision on the return left to the investigative judge later, when the
    investigation is further along.
cc-held-result =
    The police proposal is minuted as agreed. IOM asks for its objection to be recorded; Shilan leaves to call
    the shelter.

## The dilemma: the other workers

cc-others-molsa =
    The agency placed at least six other workers in houses in Erbil. Their passports are likely gone. My
    inspectors can visit every house this week.
cc-others-customs =
    If inspectors go in this week, the owner knows by evening. The next group lands on the twentieth. Two
    weeks, and we take the whole network at once.
cc-others = What does the meeting decide about the other workers?
cc-others-now =
    Inspections this week with the NGO and the police, and anyone who wants to leave taken out; the owner
    will likely be warned.
cc-others-wait =
    Two weeks under watch, then warrants for everything when the next group lands; the six stay in the houses
    meanwhile.
cc-others-phone =
    A routine welfare call from the labour inspectors to each employer, asking whether the worker is well and
    has a passport: it warns no one.
cc-others-summon =
    A request to the agency to bring the six workers and their passports to the labour directorate for a
    document check.
cc-others-now-result =
    The inspectors went in on Tuesday. Two workers asked to leave and are with the NGO. By Wednesday the
    agency's office was empty and its ledger gone.
cc-others-wait-result =
    The warrants were ready on the twentieth. One of the six had been moved to Duhok meanwhile; the NGO found
    her a week later than we could have.
cc-others-tipped =
    The employers called the agency within the hour. Two workers were moved out of Erbil that night, and the
    office was cleared.

## The investigation plan

cc-plan-intro =
    The last hour is for the network: the owner, a partner abroad, a transfer office, whoever issues the
    permits. The investigative judge will take four lines of inquiry for now.
cc-plan = Which lines of inquiry go to the investigative judge?
cc-plan-done = Stop here and send the plan as it is.
cc-act-money = The money: the agency's bank and transfer office records, on the judge's order, through the Anti-Money Laundering Office.
cc-act-entries = The entries: customs and the border police list every worker the agency sponsored in two years.
cc-act-arrivals = The next group: customs, IOM and the NGO meet the arrivals at the airport as possible victims.
cc-act-workers = The two workers taken out: safe accommodation through IOM, and statements to the judge if they wish.
cc-act-clerk = The residency office: the Asayish's lead on a clerk selling permits, opened by the judge as part of the case.
cc-act-adverts = The adverts: the cybercrime unit preserves the agency's adverts and the messages the person agreed to share.
cc-act-call = A controlled call: { $person_name } phones the owner on speaker about the debt, so that the owner's words are on record.
cc-act-theft = The theft complaint: a short police interview of { $person_name }, so that it is closed and cannot come back later.
cc-res-money = The transfer office sends money to the same account abroad after each arrival. It is frozen on the judge's order.
cc-res-entries = Forty-one workers in two years on three sponsors. Eleven were reported "absconding" within months.
cc-res-arrivals = Five landed. The agency's driver took three passports at the gate. All five are with us, and talking.
cc-res-workers = Both agreed to give statements, in their own time. Their accounts match on the passports and the debt.
cc-res-clerk = The judge opened the file. The clerk's permits carry the same three sponsors.
cc-res-adverts = The adverts promised twice the wage paid, and "a free visa". Preserved with the date and a hash.
cc-res-call =
    { $person_name } made the call, shaking. The owner hung up and blocked the number. Since then
    { $person_gender ->
        [male] he has
       *[other] she has
    } barely spoken.
cc-res-theft =
    The interview took an hour. { $person_name } came out thinking { $person_gender ->
        [male] he is
       *[other] she is
    } a suspect after all.

## The judge, the minutes, and the person

cc-to-judge = How does the plan reach the investigative judge?
cc-judge-request = As a written request, with the legal basis of each step; the sharing record goes into the judge's file.
cc-judge-after =
    The police begin the arrests and searches tomorrow, before the network moves, and the judge is informed in
    writing afterwards.
cc-judge-each = Each agency writes to the judge about its own part through its ministry, as the ministries prefer.
cc-judge-after-result =
    The police went in at dawn and arrested the owner. Two days later the investigative judge released him: no
    order, no lawful search.
cc-minutes = What happens to the minutes?
cc-minutes-parts =
    The SOP and the tasks, the person by case code; each agency receives its own part, and the annex with the
    details stays with the Directorate and the judge.
cc-minutes-all =
    Full minutes to every participant and to their ministries, so that each agency has the complete record of
    what it agreed, and nobody can later say it did not know.
cc-minutes-none = No written minutes: the fewer papers exist, the fewer can leak; each agency notes its own tasks.
cc-tell = How does { $person_name } learn what was decided?
cc-tell-together =
    You and the caseworker, with the interpreter: what each agency knows and will do, and whether anything
    should change.
cc-tell-minutes =
    A copy of the minutes in Arabic, the language of the file, so that { $person_name } has it all in writing
    and can show it to a lawyer.
cc-tell-ngo =
    The caseworker alone, whom { $person_name } trusts: a police officer there would only make things
    tense.
cc-tell-police =
    Lieutenant Colonel Karwan, who leads the arrests, explains the plan at the Directorate, so that
    { $person_name } knows the officer in charge.

## Feedback

cc-fb-interp-iom = Interpreters: a trained, neutral interpreter of the preferred gender, with the dialect checked and confidentiality explained.
cc-fb-interp-volunteer =
    Neutral interpretation: a member of the person's community is neither neutral nor bound by
    confidentiality. What is kept from family or embassy may travel.
cc-fb-interp-agency =
    Neutral interpretation: the interpreter came with the agency's lawyer. What the person says, and where the
    person stays, goes straight to the suspects.
cc-fb-interp-english =
    Neutral interpretation: in a language the person barely speaks, answers are short and consent is not
    informed. A video interpreter can be found on a Sunday.
cc-fb-explain-full = Informed consent: the person knows who will be there and why, that help does not depend on it, and can limit what is shared.
cc-fb-explain-form = Informed consent: a general form for "the file" is not specific consent. The person cannot know or limit who sees what.
cc-fb-explain-spare = Informed consent: the caseworker can speak for the person's interests, not decide for the person.
cc-fb-explain-more = Unconditional assistance: "the more you tell, the easier to help" makes help sound like a reward for information.
cc-fb-q-worries = Account, clarification, challenge: an open invitation lets the person say what matters, including wishes you would not have asked about.
cc-fb-q-passport = Account, clarification, challenge: a good directive question on what the person said, but it keeps the answer to the passport.
cc-fb-q-go-home = Account, clarification, challenge: a yes/no question gets a yes. What the person fears and wants beyond that is not heard.
cc-fb-q-help-us = Account, clarification, challenge: the question proposes its answer. The person agrees to please you, and "wants to testify" enters the case.
cc-fb-scope-list = Confidentiality: consent agency by agency lets the person limit what each learns, and gives you a mandate in the meeting.
cc-fb-scope-general = Confidentiality: a general line leaves the agencies to decide what is "necessary". Consent should be specific.
cc-fb-scope-decide-all = Respect the person's own assessment: firm answers on testifying and staying, before the options are known, are pressure, not choice.
cc-fb-scope-judge = Informed consent: the judge can order records, but what agencies exchange beyond that is the person's to decide.
cc-fb-rules-code = Data protection: a case code, need-to-know sharing as the person agreed, and one full file make every request easier to answer.
cc-fb-rules-read = Data protection: reading the statement spares a retelling, but gives seven agencies the whole story when most need a part.
cc-fb-rules-round = Data protection: hearing needs first is reasonable, but without rules set first, details are shared before anyone decides.
cc-fb-rules-group =
    Confidentiality: a messaging group copies the file to a dozen personal phones, with no control over
    forwarding. The person's whereabouts are now unprotected.
cc-fb-asayish-suspects = Data protection: the Asayish's task is the network, so they receive the suspects' data, not the person's contacts.
cc-fb-asayish-full = Data protection: secrecy does not make a full file necessary. The family's address serves no check of the network.
cc-fb-asayish-nothing = Referral and coordination: need-to-know means sharing what a task needs, not nothing. The Asayish's lead on the owner is lost.
cc-fb-asayish-interview = Do not re-traumatise: another interview makes the person retell the story, to security officers, for information you hold.
cc-fb-health-judge = Data protection: medical information goes to the investigative judge, with the person's specific consent. The rest stays medical.
cc-fb-health-summary = Data protection: the doctor can tell the NGO and IOM directly what care to arrange; seven agencies need no health summary.
cc-fb-health-police = Informed consent: a medical file is shared with specific consent or on the judge's order, not because the judge might order it.
cc-fb-embassy-consent = Respect the person's own assessment: the person may fear the embassy. IOM contacts it only with consent.
cc-fb-embassy-now = Respect the person's own assessment: the embassy, told to save time, may reach the very people the person fears.
cc-fb-embassy-mofa = Data protection: a routine notification hands the case to an embassy without consent, through a channel nobody here controls.
cc-fb-sop-written =
    Referral and coordination: with no national referral mechanism, a written path with a case manager, focal
    points and deadlines keeps the person from falling between agencies.
cc-fb-sop-central = Referral and coordination: one office's letter for every step slows care, and no one else is responsible for anything.
cc-fb-sop-verbal = Referral and coordination: an unwritten path lasts as long as the people in this room stay in post.
cc-fb-shelter-letter = Unconditional assistance: identification as a possible victim is enough for protection; testimony is a separate matter.
cc-fb-shelter-after =
    Unconditional assistance: making the place wait for testimony turns protection into a reward. The person
    hears that help depends on testifying.
cc-fb-shelter-informal = Referral and coordination: an informal stay is kind, but brings no funding, no legal aid and no security.
cc-fb-shelter-hotel = Risk assessment: a hotel has no trained staff and no support, and is easy to find for those looking for the person.
cc-fb-dispute-statement =
    Respect the person's own assessment: the wish to go home is respected, and a statement recorded by the
    investigative judge keeps the case going after the return.
cc-fb-dispute-block =
    Human rights at the centre: holding a victim in the country through fines is punishment in all but name.
    The person's freedom is not a tool of the investigation.
cc-fb-dispute-let-go = Put the information to good use: the wish is respected, but the account is lost to the case. The judge could record it first.
cc-fb-dispute-later = Referral and coordination: postponing leaves the person without an answer, and the police proposal on the table.
cc-fb-others-now =
    Do no harm: six people may be confined today, and their safety comes first. The cost is real: the network
    is warned and records are lost.
cc-fb-others-wait =
    Corroboration: waiting brings the warrants, the money and the next arrivals together against the whole
    network. The cost is real: six people stay two more weeks.
cc-fb-others-phone = Do no harm: the calls warn the agency and tell the employers which workers are asked about. Those workers may be moved.
cc-fb-others-summon = Corroboration: asking the agency to produce the workers warns it, and lets it choose who comes and what they say.
cc-fb-act-money = Corroboration: the money trail shows who profits beyond the employer, without resting on any victim's word.
cc-fb-act-entries = Corroboration: the entry records show a pattern across many workers.
cc-fb-act-arrivals = Non-punishment: the arrivals are met as possible victims, with IOM and the NGO, not as people with irregular papers.
cc-fb-act-workers = Unconditional assistance: the workers taken out receive help first; statements are offered, not required.
cc-fb-act-clerk = Officials' complicity: a clerk who sells permits is investigated by the investigative judge like the rest of the network.
cc-fb-act-adverts = Digital evidence: the adverts and the messages the person agreed to share show the deception without asking again.
cc-fb-act-call =
    No coercion: the call puts the person back in contact with the owner, for the case's sake. It frightens,
    warns the network, and its recording is of doubtful use.
cc-fb-act-theft = Non-punishment: the theft complaint is the employer's usual counter-move. Record it; do not treat the person as the suspect.
cc-fb-judge-request = Legal safeguards: the investigative judge leads; a written request for each step keeps every search lawful.
cc-fb-judge-after = Legal safeguards: arrests and searches without the investigative judge's order are unlawful, and what they find is lost.
cc-fb-judge-each = Referral and coordination: separate letters reach the judge in pieces; the plan the meeting agreed is lost.
cc-fb-minutes-parts = Data protection: each agency holds the part it needs; the full record stays with the lead agency and the judge.
cc-fb-minutes-all = Data protection: full minutes in every ministry multiply the copies of the person's details.
cc-fb-minutes-none = Referral and coordination: without minutes the path agreed today exists nowhere. Write less, not nothing.
cc-fb-tell-together = Closure: the person hears what was decided and what each agency knows, and can correct it or withdraw consent.
cc-fb-tell-minutes = Referral information: a document in a language the person does not read, with no one to explain it.
cc-fb-tell-ngo = Closure: the caseworker should be there, but you chaired the meeting and answer for what was decided.
cc-fb-tell-police = Trauma-informed contact: a summons to hear the plan from the officer leading the arrests is the most frightening setting.

## Endings

cc-end-protected =
    The investigative judge recorded { $person_name }'s statement within the week. The agencies worked from
    the written path: { $person_gender ->
        [male] safe accommodation through IOM
       *[other] a shelter place
    }, legal aid, and a return home when { $person_gender ->
        [male] he was
       *[other] she was
    } ready. The money trail and other workers' accounts carry the case against the network. No agency knew
    more than its task required.
cc-end-partial =
    { $person_name } is safe and has not been punished. But the case has gaps: more was shared than needed, the
    referral path is not written, no statement was recorded before the return, the network was warned, or the
    case rests on too little. The debrief shows what was missed.
cc-end-case-damaged =
    { $person_name } is safe, but the case is damaged: a step taken without the investigative judge's order, or
    a call the person was pushed to make, has given the defence what it needs.
cc-end-agency-interpreter =
    By the afternoon the agency's lawyer knows where { $person_name } is staying and what was said. The NGO
    moves { $person_gender ->
        [male] him
       *[other] her
    } that night, and the case is compromised before the meeting begins.
cc-end-withdrawn =
    { $person_name } has stopped trusting the process: help, it seems, was only ever about the case. A week
    later { $person_gender ->
        [male] he leaves
       *[other] she leaves
    } the NGO's care, and the agency still has the passport.
cc-end-held =
    The exit is put on hold. { $person_name } waits in Erbil, month after month, for a trial nobody asked
    { $person_gender ->
        [male] him
       *[other] her
    } about, far from { $person_home }: a victim held in the country as if under arrest.
cc-end-exposed =
    The file reached the agency within two days. The employer's brother called the NGO asking for
    { $person_name } by name, and a move had to be arranged that night.
