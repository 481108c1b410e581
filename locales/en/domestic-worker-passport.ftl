# Scenario: domestic-worker-passport
# Arguments every message receives: $worker_name, $worker_gender ("female" or "male"),
# $worker_language, $months_unpaid, $trust, $distress, and every flag as "true" or "false":
# $interpreter_neutral, $consent_given, $lead_offered, $complaint_recorded, $wishes_answered,
# $statement_recorded, $exposed, $coerced, $accused, $tipped_off, $removal_started,
# $conditional_help.
# Feedback starts with the name of its principle (locales/en/ui.ftl, `principle-*`).

## Library and briefing

dwp-title = The passport in the drawer
dwp-summary =
    A foreign domestic worker has left an employer's house in Erbil and come to the police station.
    The employer has followed, accuses the worker of theft and wants the worker handed back. You lead
    the first contact and interview.
dwp-objective-separate = Separate the person from the suspected controller first, and record the employer's complaint without acting on it.
dwp-objective-interpreter = Arrange a neutral, qualified interpreter in the person's own language.
dwp-objective-consent = Explain the purpose of the interview and obtain informed consent, with separate consent for phone data.
dwp-objective-questions = Ask open questions first: how you ask decides what the person can tell you, and what it is worth.
dwp-objective-evidence = Gather lawful evidence that corroborates the account, so the case does not rest on testimony alone.
dwp-objective-referral = Answer the person's own wishes, and refer the person to support that does not depend on cooperation.
dwp-content-note =
    This scenario concerns labour exploitation in domestic work: a withheld passport, unpaid wages,
    restricted movement and an accusation of theft. It contains no descriptions of violence.

## Cast

dwp-cast-worker = { $worker_name }
dwp-cast-employer = The employer
dwp-cast-colleague = First Lieutenant Shilan Karim
dwp-cast-interpreter = The interpreter (IOM, by phone)

dwp-name-maria = Maria
dwp-name-tigist = Tigist
dwp-name-sunita = Sunita
dwp-name-rahim = Rahim
dwp-lang-tagalog = Tagalog
dwp-lang-amharic = Amharic
dwp-lang-nepali = Nepali
dwp-lang-bengali = Bengali

## Evidence and notes

dwp-ev-messages = The agent's messages on the worker's phone (photographed with consent, limited to the agent's chat and the advertisement)
dwp-ev-messages-forwarded = The agent's messages, forwarded to an officer's own phone (nothing records where and when they were taken)
dwp-ev-messages-unfree = The agent's messages, photographed after the worker was told that not answering would have consequences (consent not freely given)
dwp-ev-advert = The recruitment advertisement on social media (preserved with date, time and address)
dwp-ev-passport = The worker's passport, recovered from the employer's house under the investigative judge's order
dwp-ev-phone-copy = A full copy of the worker's phone, taken without consent
dwp-note-passport = The employer held the passport in a locked drawer; recovered under the investigative judge's order and logged.
dwp-note-complaint = The employer's theft complaint was recorded. Nothing is done on it before the worker has been heard and identified as a possible victim.
dwp-note-continue-later = The interview was paused at the person's request; to continue when they are ready.

## Details a question can put into the account

dwp-detail-locked-in = That the worker was locked in the house
dwp-detail-locked-in-weak =
    Account, clarification, challenge: the worker first said this in answer to a question that proposed
    it. In the worker's own words, going out alone was not allowed, which is not the same as being locked
    in. Repeated later, the detail still carries little weight: the defence will show where it came from,
    and it casts doubt on the rest of the account.

## The story

dwp-call =
    Late afternoon at a police station in Erbil. A domestic worker, { $worker_name }, has come in alone,
    carrying a small bag, and has told the officer at the front desk, in a few words of Arabic, that the
    employer has { $worker_gender ->
        [male] his
       *[other] her
    } passport. A few minutes later the employer arrives.
dwp-employer-demands =
    { $worker_gender ->
        [male] He works for my family and he has run away. He took money from the house. Give him back to me and I will deal with it.
       *[other] She works for my family and she has run away. She took money from the house. Give her back to me and I will deal with it.
    }
dwp-employer-demands-b =
    { $worker_gender ->
        [male] I paid the agency a lot for him. His papers are with me, it is all legal. He took money from my wife's bag. Let me take him home.
       *[other] I paid the agency a lot for her. Her papers are with me, it is all legal. She took money from my wife's bag. Let me take her home.
    }
dwp-first-step =
    The employer is standing beside { $worker_name } at the front desk and wants to make a theft complaint.
    What do you do first?
dwp-first-separate =
    Ask the employer to wait in another room, and take { $worker_name } somewhere he cannot see or hear;
    his complaint can be taken down after that.
dwp-first-record =
    Take down the employer's theft complaint at the desk first, with { $worker_name } on the bench beside
    him, so that he has his say, calms down and leaves the station.
dwp-first-together = Sit them down together in the duty office, so that they can settle the matter quickly in front of you.
dwp-first-arrest = Hold { $worker_name } at the station on the theft complaint, as the duty officer suggests, until the employer brings the residence papers to be checked.
dwp-employer-answers-for =
    { $worker_gender ->
        [male] He does not speak Arabic. I will answer for him. He is fine, he is only homesick.
       *[other] She does not speak Arabic. I will answer for her. She is fine, she is only homesick.
    }
dwp-employer-decision = The employer is answering every question for { $worker_name }. What now?
dwp-employer-separate-now = Stop the conversation and separate them now: the employer waits in another room.
dwp-employer-back-of-room =
    Ask the employer to stop answering and to sit at the back of the room, and put your questions to
    { $worker_name } yourself, in simple Arabic.
dwp-employer-as-interpreter = Let the employer interpret, since there is no one else here who speaks the language.
dwp-complaint =
    In the other room the employer insists: he wants his complaint taken now, and { $worker_name }'s bag
    searched for the money. What do you do with the complaint?
dwp-complaint-record =
    Take the complaint down in writing, with his name and number, tell him it will be looked into, and ask
    him to leave. Nothing is done on it before { $worker_name } is heard.
dwp-complaint-search = Search { $worker_name }'s bag for the money now, in front of the employer, so that the complaint is settled at once if nothing is found.
dwp-complaint-refuse = Refuse to take the complaint: tell him the worker came here for help, and send him home.
dwp-colleague-language =
    { $worker_gender ->
        [male] He speaks a little Arabic, but not enough for this. His language is { $worker_language }. At the desk he told me his wages stopped "after the winter".
       *[other] She speaks a little Arabic, but not enough for this. Her language is { $worker_language }. At the desk she told me her wages stopped "after the winter".
    }
dwp-interpreter-question = How will you communicate with { $worker_name }?
dwp-interp-roster =
    Ask IOM by phone for an interpreter in { $worker_language }, check the dialect and whether the interpreter's
    gender matters to { $worker_gender ->
        [male] him
       *[other] her
    }, and brief them on confidentiality and complete, accurate interpretation.
dwp-interp-arabic =
    Carry on in simple Arabic, with gestures and a translation app for the hard words: { $worker_name } has
    understood the front desk so far, and an interpreter for { $worker_language } could take hours to find at this time of night.
dwp-interp-driver =
    Ask the employer's driver, who is waiting outside, to interpret: he is from the same country, speaks
    { $worker_language } and Arabic, and { $worker_name } seems to know him, which may make it easier to talk tonight.
dwp-interpreter-ready =
    I work with IOM and the courts in Erbil. I will interpret everything that is said, completely and
    accurately, in the first person, without adding or leaving out anything. Nothing said here leaves this room.
dwp-room = The interview room is taken: a suspect is being questioned there. Where do you talk with { $worker_name }?
dwp-room-office =
    { $worker_gender ->
        [male] Clear the investigators' office for an hour, close the door, offer water, and ask { $worker_name } whether he would prefer a man or a woman to lead the interview.
       *[other] Clear the investigators' office for an hour, close the door, offer water, and ask { $worker_name } whether she would prefer a woman officer to lead the interview.
    }
dwp-room-desk = Talk at the end of the front desk: it is quieter there now, and the first questions will not take long.
dwp-room-wait =
    Wait for the interview room to be free: it has a table, a recorder and the forms, and it is where
    statements are normally taken, even if it means an hour on the bench in the corridor.
dwp-lead-choice =
    { $worker_gender ->
        [male] { $worker_name } says he would rather talk to a man. You lead the interview; First Lieutenant Shilan Karim takes notes.
       *[other] { $worker_name } says quietly that she would rather talk to a woman. First Lieutenant Shilan Karim leads the interview; you agree the questions with her and take notes.
    }
dwp-explain = Before any questions, what do you tell { $worker_name }?
dwp-explain-full =
    { $worker_gender ->
        [male] Say who you are and why you ask; that the statement may go to the investigative judge; that he may refuse, pause or stop at any time; and that help does not depend on it.
       *[other] Say who you are and why you ask; that the statement may go to the investigative judge; that she may refuse, pause or stop at any time; and that help does not depend on it.
    }
dwp-explain-must-answer =
    { $worker_gender ->
        [male] Say that this is an official interview: he must answer every question fully and truthfully, or there will be consequences, for the case and for his right to stay in Iraq.
       *[other] Say that this is an official interview: she must answer every question fully and truthfully, or there will be consequences, for the case and for her right to stay in Iraq.
    }
dwp-explain-skip =
    Keep the explanations for the end and start straight away with the questions: { $worker_name } is
    tired and wants it over, and the rights can be read out at the end, when the statement is signed, as the form requires.
dwp-worker-guarded = I am fine. I just want my passport. Please, I do not want problems.
dwp-worker-guarded-b = I do not know. I only want to go home. Can I have my passport?
dwp-worker-opening = Thank you. I was afraid to come here. Madam has my passport. I want to tell you what happened.
dwp-questions = How do you begin the account?
dwp-q-open = "Please tell me, in your own words, everything that happened, from the time you were recruited."
dwp-q-passport = "You mentioned your passport. Where is it now, and how did it get there?"
dwp-q-yesno = "Did you come through an agency? Did you sign a contract before you left? Were you paid every month? Just yes or no for now."
dwp-q-locked = "They kept you locked in the house, didn't they? That is why you ran away."
dwp-q-accuse = "Your employer says you stole money from the house. Why did you take it?"
dwp-account-full =
    An agent found me through an advertisement on social media. They said the salary was good and the work
    was looking after children. When I arrived, madam took my passport "to keep it safe". I cleaned and cooked
    every day, from early morning to late at night. I was not allowed to go out alone; when I went to the
    market, madam came with me. I have not been paid for { $months_unpaid } months. They say I owe the agency
    for my ticket.{ $worker_gender ->
        [male] {""}
       *[other] { $lead_offered ->
            [true] {" "}At night I slept in the storeroom. Its door did not close, and I was afraid of the son of the house.
           *[other] {""}
        }
    }
dwp-account-brief =
    An agent found me on social media. When I came, madam took my passport. I worked every day, many hours.
    They do not pay me. I want my passport back.
dwp-account-passport =
    Madam took it the day I arrived, "to keep it safe". It is in a drawer in her bedroom, and she keeps the
    drawer locked. I asked for it many times. She says I must pay the agency back first, and they do not pay me.
dwp-account-short = Yes… an agency. No, I did not sign anything here. Paid? No. Not for a long time.
dwp-account-suggested = … Yes. Yes, they locked me in. They have my passport. They do not pay me.
dwp-account-defensive = I did not take anything! I took only my own bag. She keeps my money, not me. Please, I want my passport. I want to go home.
dwp-follow-up = What do you ask next?
dwp-fu-day = "Tell me about an ordinary day in the house, from the moment you woke up until you went to sleep."
dwp-fu-wages = "You mentioned your wages. What happened with them?"
dwp-fu-out = "Were you allowed to leave the house on your own, or to phone your family whenever you wanted? Yes or no is fine."
dwp-fu-locked = "So they locked the door on you at night, is that right? You can say it, you are safe here."
dwp-details-full =
    Madam took my phone every evening and gave it back in the morning. I had no day off, not one, in all
    this time. When I asked for my wages, sir said that if I left, he would tell the police I had stolen
    from them, and the agency would put me in prison for my debt. This morning the gate was open, and I came here.
dwp-details-some = I worked every day, with no day off. When I asked for my money, sir said that if I left, I would have problems with the police.
dwp-details-thin = Yes… No. I do not know. Can I have my passport now?
dwp-details-suggested = Yes… at night they locked the door. Yes.
dwp-details-closed = I told you, I did not steal anything. I do not want to say more.
dwp-inconsistency =
    At the desk { $worker_name } said the wages stopped "after the winter". Now
    { $worker_gender ->
        [male] he says
       *[other] she says
    } { $months_unpaid } months, and the two do not match. How do you respond?
dwp-inc-gentle = Note it and come back to it later with an open prompt: "Tell me about the time when your wages stopped."
dwp-inc-either =
    Ask { $worker_name } straight away which of the two is right, since the winter or { $months_unpaid }
    months, so that the statement has a single date the defence cannot use.
dwp-inc-liar =
    Point out the contradiction and say you think { $worker_gender ->
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
dwp-stop-break =
    { $worker_gender ->
        [male] Suggest a short break with water first, then see whether he can go on a little longer: the phone still has to be dealt with tonight.
       *[other] Suggest a short break with water first, then see whether she can go on a little longer: the phone still has to be dealt with tonight.
    }
dwp-stop-press = Say you only need a few more answers about the employer, and continue.
dwp-worker-wishes = Please, when can I have my passport? I want to go home.
dwp-wishes = { $worker_name } asks about the passport and about going home. What do you say?
dwp-wish-honest =
    { $worker_gender ->
        [male] Answer both: the investigative judge can order the passport returned, and IOM can help him go home, whatever he decides about the case. Ask what he wants.
       *[other] Answer both: the investigative judge can order the passport returned, and IOM can help her go home, whatever she decides about the case. Ask what she wants.
    }
dwp-wish-later =
    { $worker_gender ->
        [male] Say that the passport and the journey home can wait for now: the statement comes first, and once the case is with the investigative judge, the people responsible will sort the rest out for him.
       *[other] Say that the passport and the journey home can wait for now: the statement comes first, and once the case is with the investigative judge, the people responsible will sort the rest out for her.
    }
dwp-wish-promise =
    { $worker_gender ->
        [male] Reassure him: the passport will be back tomorrow, and he will be on a flight home within the week.
       *[other] Reassure her: the passport will be back tomorrow, and she will be on a flight home within the week.
    }
dwp-wish-stay =
    { $worker_gender ->
        [male] Explain that if he goes home now, the employer will never be punished, so he should stay in Iraq until the trial.
       *[other] Explain that if she goes home now, the employer will never be punished, so she should stay in Iraq until the trial.
    }
dwp-phone =
    { $worker_gender ->
        [male] { $worker_name } says the agent's messages and the advertisement are on his phone. The agent set the chat so that messages disappear after seven days: the oldest, from the recruitment, will be gone tonight. He is exhausted. What do you do?
       *[other] { $worker_name } says the agent's messages and the advertisement are on her phone. The agent set the chat so that messages disappear after seven days: the oldest, from the recruitment, will be gone tonight. She is exhausted. What do you do?
    }
dwp-phone-now =
    Ask now whether { $worker_gender ->
        [male] he
       *[other] she
    } agrees to show you the agent's chat, before the oldest messages disappear tonight.
dwp-phone-explain-now =
    { $worker_gender ->
        [male] First explain what the messages would be used for and that he may refuse, then ask whether he agrees to show you the chat tonight.
       *[other] First explain what the messages would be used for and that she may refuse, then ask whether she agrees to show you the chat tonight.
    }
dwp-phone-withdraw =
    { $worker_gender ->
        [male] Take back plainly what you said before: nothing happens to him if he refuses. Then ask whether he agrees to show you the chat tonight.
       *[other] Take back plainly what you said before: nothing happens to her if she refuses. Then ask whether she agrees to show you the chat tonight.
    }
dwp-phone-take =
    { $worker_gender ->
        [male] He has already agreed to answer everything: ask for the phone and photograph the agent's chat before the messages go.
       *[other] She has already agreed to answer everything: ask for the phone and photograph the agent's chat before the messages go.
    }
dwp-phone-tomorrow =
    Let { $worker_gender ->
        [male] him
       *[other] her
    } rest, and come back to the phone tomorrow, even though the oldest messages will be gone by then.
dwp-phone-her-choice =
    { $worker_gender ->
        [male] Tell him plainly that the oldest messages will be gone tonight, and let him choose: show them now, or rest first.
       *[other] Tell her plainly that the oldest messages will be gone tonight, and let her choose: show them now, or rest first.
    }
dwp-phone-seize =
    Take the phone, make { $worker_gender ->
        [male] him
       *[other] her
    } unlock it, and have a full copy made of everything on it before the messages disappear.
dwp-worker-rests = I am too tired. Please… tomorrow.
dwp-worker-goes-on = I can do it now. I want you to see what they wrote to me.
dwp-withdrawn =
    { $worker_name } has gone quiet, answers in single words now and keeps looking at the door.
    { $worker_gender ->
        [male] He no longer expects the police to help him, and the account will not get fuller than this.
       *[other] She no longer expects the police to help her, and the account will not get fuller than this.
    }
dwp-phone-scope = { $worker_name } unlocks the phone and opens the chat with the agent. What do you record?
dwp-scope-limited =
    Photograph only the agent's chat and the advertisement, note the date and time, and write down the
    consent and its limits.
dwp-scope-wider =
    Photograph the agent's chat, then scroll through { $worker_gender ->
        [male] his
       *[other] her
    } other chats and photos as well, in case something else on the phone matters for the case.
dwp-scope-forward =
    Ask { $worker_gender ->
        [male] him
       *[other] her
    } to forward the agent's messages to your own phone, which is quicker than photographing them one by one.
dwp-planning =
    While { $worker_name } rests, plan the next steps. You have time for three of them before
    { $worker_gender ->
        [male] he
       *[other] she
    } must be settled for the night.
dwp-planning-done = Finish planning and move on.
dwp-plan-warrant =
    Ask the investigative judge for an order to recover the passport from the employer's house, and log it
    with a custody record.
dwp-plan-advert =
    Find the recruitment advertisement online and preserve it: screenshot, date, time and address, in the
    case file.
dwp-plan-labour =
    Inform the labour inspectorate about the recruitment agency, through the agreed contact, without
    naming the worker.
dwp-plan-statement =
    Ask the investigative judge to hear { $worker_name }'s statement soon, so that the case can go on even if
    { $worker_gender ->
        [male] he goes
       *[other] she goes
    } home.
dwp-plan-call-employer =
    Phone the employer to tell him that a complaint has been made against him, and ask him to bring the
    passport to the station tomorrow morning.
dwp-plan-residency = Ask the residency office to check the worker's papers and start removal proceedings.
dwp-referral = What support do you arrange?
dwp-ref-unconditional =
    { $worker_gender ->
        [male] Arrange safe accommodation for { $worker_name } with IOM or a partner organisation (there is no state shelter for adult men), a health check and free legal aid, and explain that this help does not depend on testifying.
       *[other] Refer { $worker_name } to a shelter, a health check and free legal aid, and explain that this help does not depend on testifying.
    }
dwp-ref-shelter-only =
    { $worker_gender ->
        [male] Arrange safe accommodation for { $worker_name } through IOM or a partner organisation for tonight (there is no state shelter for adult men), and leave health care and a lawyer for the staff there to arrange later, if he asks.
       *[other] Refer { $worker_name } to a shelter for tonight, and leave health care and a lawyer for the shelter staff to arrange later, if she asks for them.
    }
dwp-ref-conditional = Explain that safe accommodation is possible, but only if { $worker_name } testifies against the employer.
dwp-ref-agency = Take { $worker_name } back to the recruitment agency's office so that it can find a new employer.
dwp-closure = How do you close the conversation?
dwp-close-summary =
    Summarise what you heard, let { $worker_name } correct or add anything, explain the next steps and
    give a contact number.
dwp-close-next-time =
    Confirm the safe place for tonight, agree when and where to meet again, and give a contact number.
dwp-close-promise =
    { $worker_gender ->
        [male] Reassure him warmly that everything will be all right from now on: the employer will be punished, he will get his wages, and nobody will bother him again.
       *[other] Reassure her warmly that everything will be all right from now on: the employer will be punished, she will get her wages, and nobody will bother her again.
    }
dwp-close-abrupt = End the conversation and hand over to the duty officer.
dwp-handover =
    The duty officer takes over. { $worker_name } leaves the station without knowing what happens next, when
    you will meet again, or whom to call if the employer turns up.
dwp-worker-repeats-detail = Please write that they locked me in. Every day, they locked me in the house.

## Endings

dwp-end-protected =
    { $worker_gender ->
        [male] { $worker_name } spends the night in safe accommodation arranged with a partner organisation, with a health check arranged and a lawyer assigned.
       *[other] { $worker_name } spends the night in a shelter, with a health check arranged and a lawyer assigned.
    } The case rests on the account and on evidence gathered lawfully. The employer is being investigated, and
    his complaint waits until the facts are clear.{ $statement_recorded ->
        [true] {" "}The investigative judge will hear the statement soon, so the case can go on even if { $worker_name } goes home.
       *[other] {""}
    }
dwp-end-partial =
    { $worker_name } is safe for now and has support, but the case has gaps: the account is not yet
    corroborated by lawful evidence, or trust was damaged along the way. Look at the debrief to see where.
dwp-end-contaminated =
    { $worker_name } is safe tonight and has support. But the statement now says that
    { $worker_gender ->
        [male] he
       *[other] she
    } was locked in, a detail that your question put there. The defence will ask where it came from, and the
    investigative judge may doubt the rest of the account too. The debrief lists the detail.
dwp-end-damaged =
    { $worker_name } is safe tonight and has support, but the interview did harm that the case will carry.{ $exposed ->
        [true] {" "}The first questions were asked in front of the employer, and almost nothing was said.
       *[other] {""}
    }{ $coerced ->
        [true] {" "}The statement was given after a threat of consequences, and the defence will ask the investigative judge to set it aside.
       *[other] {""}
    }{ $accused ->
        [true] {" "}After being accused, { $worker_name } said less and may not come back.
       *[other] {""}
    }{ $conditional_help ->
        [true] {" "}Help was offered in exchange for testimony, and { $worker_name } now doubts every promise.
       *[other] {""}
    } Look at the debrief to see where.
dwp-end-unsupported =
    { $worker_name } leaves without support. The recruiter's network is untouched, and the person is at
    risk of being exploited again.
dwp-end-detained =
    { $worker_name } spends the night in a cell on the employer's complaint. A possible victim of trafficking
    has been treated as an offender, and the employer goes home with the passport. Whatever happens next,
    the chance to identify a victim was lost.
dwp-end-removal =
    The residency office opens removal proceedings against { $worker_name }. A possible victim is now treated
    as an offender for the consequences of being exploited, stops talking to the investigation, and the
    employer is not questioned.
dwp-end-compromised =
    With the employer interpreting, { $worker_name } repeats that everything is fine. The account cannot be
    relied upon and the person has been exposed to the suspected controller.
dwp-end-excluded =
    The full copy of { $worker_name }'s phone was made without consent. The investigative judge excludes it,
    and with it the messages that could have corroborated the account. { $worker_name } no longer trusts the police.
dwp-end-tipped-off =
    { $worker_gender ->
        [male] The employer learned what { $worker_name } told you before the investigation could act. The agent's number no longer answers, the recruitment agency has emptied its office, and { $worker_name }, afraid for his family at home, no longer wants to go on with the case.
       *[other] The employer learned what { $worker_name } told you before the investigation could act. The agent's number no longer answers, the recruitment agency has emptied its office, and { $worker_name }, afraid for her family at home, no longer wants to go on with the case.
    }
dwp-end-withdrawn =
    { $worker_name } stops answering and withdraws consent to any further contact. The person has been
    harmed by the interview, and the account cannot be used.

## Feedback

dwp-fb-first-separate =
    Do no harm: the person is separated from the suspected controller before anything else, so that nobody
    is pressured or watched while they speak. The complaint can wait a few minutes.
dwp-fb-first-record =
    Do no harm: taking the complaint first keeps the person next to the suspected controller while he accuses
    them. Recording it is right, but separate them first; the complaint can wait.
dwp-fb-first-together =
    Do no harm: putting the person face to face with the suspected controller exposes them to pressure and
    reprisal, and silences the account. Separate them first.
dwp-fb-first-arrest =
    Non-punishment: a person who may have been trafficked is not held on the suspected exploiter's complaint,
    nor for papers that the employer keeps. Record the complaint, and identify first.
dwp-fb-employer-separate-now =
    Risk assessment: someone else speaking for the person is an indicator of control. Recognising it and
    separating them late is still far better than not at all.
dwp-fb-employer-back-of-room =
    Risk assessment: at the back of the room the employer still sees and hears everything. Someone speaking
    for the person is an indicator of control; the answer is to separate them, not to quiet him.
dwp-fb-employer-as-interpreter =
    Neutral, qualified interpretation: the suspected controller must never interpret. The person cannot speak
    freely, and anything "said" cannot be relied upon.
dwp-fb-complaint-record =
    Non-punishment: an accusation of theft against a worker who leaves is a common counter-move. Recording it
    keeps the procedure fair; acting on it before the person has been heard would punish a possible victim.
dwp-fb-complaint-search =
    Non-punishment: searching the person on the employer's word, in front of him, treats a possible victim as
    the suspect and shows the employer he is in charge. Record the complaint; do not act on it yet.
dwp-fb-complaint-refuse =
    Risk assessment: refusing the complaint leaves no record of it and tells the employer what you think before
    anything is secured; he may move the passport tonight. Record it, and act on it only after the person is heard.
dwp-fb-interp-roster =
    Select and prepare interpreters with care: a trained, neutral interpreter, checked for dialect, briefed on
    confidentiality and on complete, accurate interpretation, with the person's view on the interpreter's gender,
    is the basis of a reliable interview.
dwp-fb-interp-arabic =
    Meeting the needs of people in vulnerable situations: an interview in a language the person barely speaks,
    helped by gestures and an app, leads to misunderstanding and unreliable statements. Arrange qualified
    interpretation, even if it takes time.
dwp-fb-interp-driver =
    Neutral, qualified interpretation: the employer's driver is linked to the suspect and to the person's
    community. The person will not speak freely, and what they say will reach the employer.
dwp-fb-room-office =
    Offering the gender of interviewer and interpreter: when no interview room is free, an office cleared for
    the purpose is private enough. Offering, not imposing, the interviewer's gender lets the person choose who
    they talk to.
dwp-fb-room-desk =
    Do no harm: the front desk is where the employer came in and can come back, and where anyone passing can
    hear. Talking there exposes the person as sitting them down with the employer would. Make a private place.
dwp-fb-room-wait =
    Trauma-informed contact: an hour in the corridor, then the room where suspects are questioned, tells the
    person they are under suspicion. Make a calm, private place now: an office cleared for the purpose will do.
dwp-fb-explain-full =
    Informed consent: the person knows the purpose, that the statement may go to the investigative judge,
    that they can refuse any question or stop at any time, and that help is not conditional.
dwp-fb-explain-must-answer =
    No coercion, ever: threatening consequences turns an interview with a possible victim into coercion. It
    breaks trust, makes the account unreliable, and any later "yes", to the phone or to the statement, is no
    longer free consent.
dwp-fb-explain-skip =
    Engage and explain: without knowing who you are, why you ask and where the statement goes, the person
    cannot give informed consent and is less likely to trust you. Rights read out at the signature come too late.
dwp-fb-q-open =
    Account, clarification, challenge: an invitation to free recall lets the person give their own account
    first. It draws the fullest and most accurate statement; probing comes later.
dwp-fb-q-passport =
    Account, clarification, challenge: a directive question about something the person already mentioned is
    a recommended question, but it narrows the account to one topic. An open invitation first lets the person
    choose where to begin.
dwp-fb-q-yesno =
    Account, clarification, challenge: yes/no questions get short answers and leave out what you did not
    think to ask. Start with free recall; use closed questions only to clarify.
dwp-fb-q-locked =
    Account, clarification, challenge: a suggestive question proposes the answer. The person may agree out of
    fear or to please you, and the detail then enters the account with little weight. Ask open questions.
dwp-fb-q-accuse =
    Trauma-informed contact: opening with the employer's accusation treats the person as a suspect. It
    frightens and silences a possible victim, and what follows is told in self-defence.
dwp-fb-fu-day =
    Account, clarification, challenge: a second invitation, about an ordinary day, draws out hours, rest,
    movement and contact with others: indicators the person may not think to mention.
dwp-fb-fu-wages =
    Account, clarification, challenge: a directive question about something the person already mentioned
    probes the account without suggesting an answer.
dwp-fb-fu-out =
    Account, clarification, challenge: an option-posing question gets a yes or a no, and the person's own
    words about how they were kept are lost. Ask what happened instead.
dwp-fb-fu-locked =
    Account, clarification, challenge: "you are safe here" does not make a suggestive question safe. The person
    may adopt a detail they never described, and the account loses weight.
dwp-fb-inc-gentle =
    Account, clarification, challenge: early inconsistencies are often due to trauma or fear, not lies.
    Returning to them later with an open prompt respects the person and strengthens the account.
dwp-fb-inc-either =
    Account, clarification, challenge: an either/or question makes the person pick one of two dates, right or
    not. Clarify later with an open prompt, and record both statements as they were made.
dwp-fb-inc-liar =
    Do not re-traumatise: calling a possible victim a liar causes distress for no purpose and usually ends
    the account. Inconsistencies are clarified gently, not used as an accusation.
dwp-fb-stop-respect =
    Informed consent: the person may stop at any time. Respecting the request, explaining next steps and
    securing a safe place keeps the door open to a later interview.
dwp-fb-stop-break =
    Informed consent: the person asked to stop, not to pause. A break can be offered, but going on because the
    phone and the passport are waiting puts the case before the person's consent.
dwp-fb-stop-press =
    No coercion, ever: continuing after a clear request to stop violates consent, harms the person and makes
    what follows unusable.
dwp-fb-wish-honest =
    Respect the person's own assessment: the passport and going home are what the person came for. An honest
    answer, without promises or conditions, and a question about what they want, puts their own view at the
    centre, even if going home weakens the case.
dwp-fb-wish-later =
    Respect the person's own assessment: putting the person's wishes off until the statement is done tells
    them the case matters more than they do. Answer what they ask, honestly, now.
dwp-fb-wish-promise =
    Make no promises you cannot keep: recovering the passport may take days, and going home depends on the
    court, IOM and any overstay fines. A broken promise costs more trust than an honest "not yet".
dwp-fb-wish-stay =
    Assistance not conditional on cooperation: telling the person to stay in Iraq for the trial makes their
    future depend on the case. A statement before the investigative judge can let the case go on after they leave.
dwp-fb-phone-now =
    Corroboration: the messages may be the best corroboration of the recruitment, and they disappear tonight.
    Asking now secures them at a cost: an exhausted person is asked for more. This is a real dilemma; the
    other answers cost something too.
dwp-fb-phone-explain-now =
    Informed consent: consent for phone data must be specific and informed, so the explanation comes first.
    Asking tonight secures the messages at the cost of the person's rest. Next time, explain at the start.
dwp-fb-phone-withdraw =
    Informed consent: after a threat of consequences, a "yes" is not free consent. Taking the threat back
    plainly and asking again, with a real right to refuse, is the only way left; record what came before it.
dwp-fb-phone-take =
    Informed consent: the person "agreed" only after being told that refusing would have consequences. That is
    not free consent, and the photographs are open to challenge before the investigative judge.
dwp-fb-phone-tomorrow =
    Do not re-traumatise: letting an exhausted person rest protects them and what they can say tomorrow. The
    cost is real: the recruitment messages will be gone, and the case needs other corroboration.
dwp-fb-phone-her-choice =
    Respect the person's own assessment: the person knows best whether they can go on tonight. Saying what is
    at stake and letting them choose respects that, even if they rest and the messages are lost.
dwp-fb-phone-seize =
    Lawful, consented and documented digital evidence: forcing an unlock and copying a victim's whole phone
    without consent is unlawful and harmful. The investigative judge may exclude it, and the person's trust is lost.
dwp-fb-scope-limited =
    Lawful, consented and documented digital evidence: free, informed and specific consent, limited to the chat
    that matters, with the consent and its limits recorded, gives lawful corroboration without exposing the
    person's private life.
dwp-fb-scope-wider =
    Confidentiality and data protection: the consent was for the agent's chat. Going through other chats and
    photos exceeds it, exposes the person's private life and family, and breaks the trust that made it possible.
dwp-fb-scope-forward =
    Lawful, consented and documented digital evidence: messages forwarded to an officer's own phone lose their
    date, sender and context, and nothing shows where they came from. Photograph them on the person's phone.
dwp-fb-plan-warrant =
    Corroboration: recovering the withheld passport under the investigative judge's order, with a custody
    record, documents a key indicator of trafficking lawfully.
dwp-fb-plan-advert =
    Lawful, consented and documented digital evidence: the advertisement, preserved with date, time and
    address, corroborates the deception about the job and points to the recruiter.
dwp-fb-plan-labour =
    Referral and inter-agency coordination: the labour inspectorate can act on the recruitment agency;
    sharing only what is needed protects the worker's identity.
dwp-fb-plan-statement =
    Respect the person's own assessment: if the person wants to go home, a statement recorded before the
    investigative judge lets the case go on after they leave. The wish and the case need not exclude each other.
dwp-fb-plan-call-employer =
    Anonymity and confidentiality: telling the employer about the complaint, and asking him for the passport,
    warns the suspect and puts the person and their family at risk. The passport may never be seen again.
dwp-fb-plan-residency =
    Non-punishment: starting removal against a possible victim punishes them for the consequences of being
    exploited and deters others from coming forward.
dwp-fb-ref-unconditional =
    Assistance not conditional on cooperation: safe accommodation, health care and legal aid are rights of a
    victim, not a reward for testimony.
dwp-fb-ref-shelter-only =
    Referral and inter-agency coordination: a bed for tonight is a start, but health care and a lawyer belong
    to the same referral. Left for later, "if the person asks", they often never happen.
dwp-fb-ref-conditional =
    Assistance not conditional on cooperation: making safe accommodation depend on testimony turns protection
    into pressure.
dwp-fb-ref-agency =
    Do no harm: the recruitment agency may be part of the exploitation. Returning the person there risks
    re-trafficking.
dwp-fb-close-summary =
    Closure: summarising, letting the person correct and add, explaining next steps and leaving a contact
    ends the interview with respect, improves accuracy and keeps a line open if the risk grows.
dwp-fb-close-next-time =
    Closure: after a pause at the person's request, agreeing a safe place and the next meeting keeps the person
    safe and the investigation open.
dwp-fb-close-promise =
    Make no promises you cannot keep: the investigation cannot promise punishment, wages or safety. Reassurance
    that turns out false costs the person's trust when it is needed most; explain the next steps honestly.
dwp-fb-close-abrupt =
    Closure: ending abruptly leaves the person without information about what happens next, and without a
    contact if the risk grows.

## Discussion points (workshop mode stops here for the group)

dwp-discuss-first-step = Before you choose: what does the employer's presence at the desk change about what { $worker_gender ->
        [male] he
       *[other] she
    } can safely say?
dwp-discuss-interpreter = Before you choose: who could interpret here, and what could each of them do to what { $worker_gender ->
        [male] he says?
       *[other] she says?
    }
dwp-discuss-phone = Before you choose: what would make consent to look at { $worker_gender ->
        [male] his phone real consent, and what must stay his?
       *[other] her phone real consent, and what must stay hers?
    }
