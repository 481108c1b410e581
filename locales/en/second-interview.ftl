# Scenario: second-interview (the sequel to domestic-worker-passport)
# Arguments every message receives: $worker_name, $worker_gender ("female" or "male"),
# $worker_language, $months_unpaid, $trust, $distress, $day, and every flag as "true" or
# "false": $resident_interprets, $consent_given, $own_ticket, $passport_back, $wages_filed,
# $safety_plan, $reception_only, $statement_recorded, $police_record, $she_declined, $confined, $settled,
# $embassy_breach, $family_breach, $tipped_off, $conditional, $pressured, $exposed,
# $false_promise.
# The worker is the same person as in domestic-worker-passport (same seed, same profile): keep
# the names, the cast (First Lieutenant Shilan Karim, the IOM interpreter by phone) and the
# shelter (women: the Ministry of Labour and Social Affairs shelter; Rahim: safe accommodation
# run by a partner organisation, since Iraq has no state shelter for adult men) as there.
# Feedback starts with the name of its principle (locales/en/ui.ftl, `principle-*`).

## Library and briefing

si-title = The flight on Thursday
si-summary =
    Three weeks after the first interview in "The passport in the drawer", the domestic worker wants to go
    home this week. The case against the employer is open before the investigative judge. You meet the
    worker again to talk about the return, the statement, the passport and the unpaid wages.
si-objective-respect = Listen to the person's own assessment of the situation and the risks, and respect it even when it weakens the case.
si-objective-statement = Explain what a statement before the investigative judge would do, and let the person decide, at the person's own pace.
si-objective-return = Arrange a safe return through IOM that depends on nothing the person does for the case.
si-objective-embassy = Contact the embassy, or the family, only with the person's consent.
si-objective-wages = Answer honestly about the passport and the unpaid wages, and refer the wage claim, without promising outcomes.
si-content-note =
    This scenario follows a domestic worker who was exploited: a withheld passport, unpaid wages and a debt
    for the journey. It mentions threats to the worker's family at home, without describing violence.

## Cast

si-cast-worker = { $worker_name }
si-cast-colleague = First Lieutenant Shilan Karim
si-cast-interpreter = The interpreter (IOM, by phone)
si-cast-social =
    { $worker_gender ->
        [male] Nazdar Hussein, caseworker (partner organisation)
       *[other] Nazdar Hussein, social worker (Ministry of Labour and Social Affairs shelter)
    }
si-cast-resident =
    { $worker_gender ->
        [male] Another resident of the safe accommodation
       *[other] Another resident of the shelter
    }

si-name-maria = Maria
si-name-tigist = Tigist
si-name-sunita = Sunita
si-name-rahim = Rahim
si-lang-tagalog = Tagalog
si-lang-amharic = Amharic
si-lang-nepali = Nepali
si-lang-bengali = Bengali

## Evidence and notes

si-ev-statement = The worker's statement, recorded before the investigative judge
si-ev-statement-conditional = The worker's statement before the investigative judge, given after being told that the flight home depended on it
si-ev-police-record = A police record of the worker's account, taken at the shelter (not a statement before the judge)
si-ev-passport-copy = A certified copy of the passport, kept in the case file when the investigative judge ordered the passport returned
si-note-declined = The worker declined to give a statement before the investigative judge before leaving. The decision is respected; the door stays open through the lawyer.
si-note-agent-visit = A man from the recruitment agency's office in the worker's home town visited the family and demanded the "ticket debt". Noted for the investigative judge; the family's details stay out of the shared file.

## Details a question can put into the account

si-detail-employer-threat = That the employer threatened the worker or the family
si-detail-employer-threat-weak =
    Account, clarification, challenge: the worker first agreed to this in answer to a question that proposed
    it. In the worker's own words, it was a man from the agency at home who came to the family, not the
    employer. The detail now carries little weight, and the defence will use it against the rest of the account.

## The story

si-intro =
    Sunday morning, three weeks after { $worker_name } came to the police station in Erbil. The employer is
    under investigation, and the passport, recovered from his house under the investigative judge's order,
    is held with the case file at the court. { $worker_gender ->
        [male] Since then { $worker_name } has been staying in safe accommodation run by a partner organisation.
       *[other] Since then { $worker_name } has been staying at the Ministry of Labour and Social Affairs shelter in Erbil.
    }

    An hour ago the { $worker_gender ->
        [male] caseworker
       *[other] social worker
    } phoned you: { $worker_name } wants to go home this week. IOM has a seat on Thursday's flight, if the
    travel document and the exit papers are ready by Wednesday. The courts close for the Eid holiday on
    Wednesday.
si-social-call =
    { $worker_gender ->
        [male] His mother is ill, and a message from home on Friday frightened him; he would not tell me what it said. He asks two things: no more court, and nobody contacting his embassy. He has hardly slept.
       *[other] Her mother is ill, and a message from home on Friday frightened her; she would not tell me what it said. She asks two things: no more court, and nobody contacting her embassy. She has hardly slept.
    }
si-social-call-b =
    { $worker_gender ->
        [male] He packed his bag last night. His mother is ill, and something in a message from home on Friday scared him, but he will not say what. He keeps saying: no court, and not the embassy.
       *[other] She packed her bag last night. Her mother is ill, and something in a message from home on Friday scared her, but she will not say what. She keeps saying: no court, and not the embassy.
    }
si-prepare = You will see { $worker_name } this afternoon. How do you prepare the meeting?
si-prepare-shelter =
    { $worker_gender ->
        [male] Meet him in a quiet room where he stays, with the same IOM interpreter by phone; ask again whether he wants a man to lead, as last time, and whether Nazdar should stay.
       *[other] Meet her in a quiet room at the shelter, with the same IOM interpreter by phone; ask whether she still wants Shilan Karim to lead, and whether Nazdar should stay.
    }
si-prepare-station =
    Ask Nazdar to bring { $worker_name } to the station this afternoon, to the investigators' office where the
    first interview took place: the file, the forms and the recorder are there, and anything agreed can be
    written down at once.
si-prepare-resident =
    { $worker_gender ->
        [male] Ask another resident who speaks { $worker_language } and is a friend of his to interpret: the IOM interpreter is busy until tomorrow, and a familiar face will put him at ease.
       *[other] Ask another resident of the shelter who speaks { $worker_language } and is a friend of hers to interpret: the IOM interpreter is busy until tomorrow, and a familiar face will put her at ease.
    }
si-prepare-everyone =
    Settle everything in one meeting: { $worker_name }, Nazdar, the IOM caseworker, Shilan Karim and you around
    one table, with the case file, so that nobody has to ask the same questions twice.
si-interpreter-ready =
    Good afternoon. I am the same interpreter as three weeks ago, with IOM. I will interpret everything,
    completely and accurately, in the first person. Nothing said here leaves this room.
si-resident-interprets =
    { $worker_gender ->
        [male] I will tell him what you say. We are friends here, he can tell me anything.
       *[other] I will tell her what you say. We are friends here, she can tell me anything.
    }
si-explain = { $worker_name } sits down, the bag at { $worker_gender ->
        [male] his
       *[other] her
    } feet. What do you say first?
si-explain-full =
    { $worker_gender ->
        [male] Say you came to hear what he wants and to explain his options; that going home, his passport and his wages do not depend on the case; and that he may refuse any question, pause or stop.
       *[other] Say you came to hear what she wants and to explain her options; that going home, her passport and her wages do not depend on the case; and that she may refuse any question, pause or stop.
    }
si-explain-case-first =
    Start with the case, since time is short: the investigative judge needs { $worker_gender ->
        [male] his
       *[other] her
    } statement before Thursday, so that has to be arranged today, and then you can talk about the flight,
    the passport and the wages.
si-explain-skip =
    { $worker_gender ->
        [male] Skip the explanations: he heard his rights three weeks ago, signed the form, and is tired; go straight to what he wants, and repeat the rights only if he asks.
       *[other] Skip the explanations: she heard her rights three weeks ago, signed the form, and is tired; go straight to what she wants, and repeat the rights only if she asks.
    }
si-first-question = How do you begin?
si-q-open = "Tell me how things have been for you since we last met, and what you would like to happen now."
si-q-decided = "Nazdar told me you want to go home this week. What made you decide?"
si-q-yesno = "Do you want to go home this week, yes or no? And will you give a statement to the judge before you go, yes or no?"
si-q-threat = "The employer's people have been threatening you since you left, haven't they? That is why you want to leave so suddenly."
si-account-full =
    My mother is ill. And on Friday my brother wrote to me. A man from the agency in our town came to the
    house. He said I owe the agency for the ticket and the visa, and if I do not go back to work, my family
    must pay. My brother is afraid. I want to go home, and I want my money, so I can pay and they leave us alone.
    I am so tired. I cannot tell everything again in a court.
si-account-brief =
    My mother is ill. I want to go home, this week, please. There was a message from home… I do not want to
    talk about it. And please, not my embassy.
si-account-short = Yes. Home. This week. No court, please. And not the embassy.
si-account-suggested = … Yes. Yes, the employer. His people. They threaten me. I want to go home.
si-follow-up = What do you ask next?
si-fu-worries = "Tell me more about what worries you about going home, whatever you want to share."
si-fu-embassy = "You said, not the embassy. What worries you about the embassy?"
si-fu-contacted = "Has anyone from the employer or the agency contacted you or your family since you left? Just yes or no."
si-fu-employer = "So it is the employer who has been calling your family, is that right? You can say it, you are safe here."
si-details-embassy =
    At the embassy there is a man in the labour office who works with the agency. { $worker_gender ->
        [male] When a man from my town went to the embassy, they sent him back to his employer.
       *[other] When a girl from my town went to the embassy, they sent her back to her madam.
    } Please do not tell them where I am. And do not call
    my family: if the agent hears that I went to the police, he will go to them again.
si-details-late =
    My brother wrote on Friday. A man from the agency in our town came to the house and said I owe for the ticket,
    and if I do not go back to work, my family must pay. And at the embassy there is a man who works with the
    agency; { $worker_gender ->
        [male] a man from my town went there, and they sent him back to his employer.
       *[other] a girl from my town went there, and they sent her back to her madam.
    } Please, not the embassy, and do not call my family.
si-details-some = I am afraid of the embassy. They know the agency. Please do not tell them, and do not call my family.
si-details-thin = Yes… No. I do not know. Please, I just want to go home.
si-details-suggested = Yes… the employer. He called them. Yes.
si-return-route = { $worker_name } wants to be on Thursday's flight. How will { $worker_gender ->
        [male] he
       *[other] she
    } go home?
si-route-iom =
    Through IOM's assisted voluntary return: the Thursday seat, reception on arrival, reintegration support,
    and a request, with the judge's letter, to waive the overstay fine.
si-route-deport =
    Ask the residency office to deport { $worker_name } on Thursday's flight: the state pays for the ticket,
    the overstay fine no longer matters, and it takes one letter from you instead of a week of IOM paperwork.
si-route-own =
    Let { $worker_name } buy the ticket: Nazdar says the staff collected some money, and a ticket bought
    directly is simpler than another programme's forms, interviews and waiting lists.
si-route-agency =
    Ask the recruitment agency to book the flight home: under the contract it owes { $worker_name } the return
    ticket, and it already holds the booking details from the journey here.
si-documents =
    Whichever way { $worker_name } flies, a travel document is needed by Wednesday: the passport, which the court
    holds, or an emergency travel document from the embassy. And the airport will stop anyone with an unpaid
    overstay fine.
si-travel-doc = How do you deal with the travel document?
si-doc-ask =
    Explain both ways: the passport through the investigative judge, or an embassy document through IOM,
    saying what the embassy would be told. Ask whether { $worker_name } agrees to any contact with the embassy.
si-doc-embassy =
    Ask IOM to request the emergency travel document from the embassy today, as the quickest and surest way,
    and leave the passport with the court as evidence; embassies issue these documents every week, and
    the labour attaché knows the case.
si-doc-evidence =
    Tell { $worker_name } that the passport is evidence and must stay with the court until the trial, so the
    embassy document is the only way, and that IOM can go with { $worker_gender ->
        [male] him
       *[other] her
    } to the embassy tomorrow.
si-doc-family =
    Phone { $worker_name }'s brother, whose number is in the file, and ask him to send a photo of the national
    identity card, which the embassy will need for a travel document; it saves days.
si-embassy-refused = No. Please, not the embassy. There is a man there who works with the agency. If the passport can come back, I will wait for it.
si-embassy-called =
    { $worker_gender ->
        [male] The embassy's labour office called me. They asked where he is staying, the name of his employer, and his address at home. They said the agency would "help with the return". He heard me on the phone. He is shaking.
       *[other] The embassy's labour office called me. They asked where she is staying, the name of her employer, and her address at home. They said the agency would "help with the return". She heard me on the phone. She is shaking.
    }
si-family-called = You called my brother? Why? Now everybody in the town will know. The agent will know I went to the police.
si-judge-slot =
    I spoke to the investigative judge's office. The judge can hear { $worker_name } tomorrow morning, or on
    Tuesday; after that the court closes for the holiday. A statement before the judge lets the case go on after
    { $worker_gender ->
        [male] he leaves
       *[other] she leaves
    }. Without it, the defence will say the case rests on a police record.
si-worker-tired = I am so tired. I do not want to go to the court. I only want to go home.
si-statement = The case needs the statement; { $worker_name } is exhausted and wants no more of it. What do you do?
si-st-monday =
    Ask the judge for tomorrow morning and tell { $worker_name } that it is the only way to keep the case alive
    after Thursday; promise breaks and water, and that it will be over by noon.
si-st-rest =
    { $worker_gender ->
        [male] Tell him he need not give a statement: he should rest and go home, and the case will go on with the evidence already in the file.
       *[other] Tell her she need not give a statement: she should rest and go home, and the case will go on with the evidence already in the file.
    }
si-st-choice =
    Explain plainly what the statement would do, what it involves, and that nothing else depends on it; then
    let { $worker_name } decide, and choose the day.
si-st-conditional =
    Tell { $worker_name } that IOM will confirm the Thursday seat once the statement is recorded tomorrow: the
    case has to come first this week, and if it takes longer, the flight can wait for it.
si-st-stay =
    { $worker_gender ->
        [male] Ask him to stay in Iraq until the trial: the accommodation can keep him, and without him in court the employer may walk free and do the same to others.
       *[other] Ask her to stay in Iraq until the trial: the shelter can keep her, and without her in court the employer may walk free and do the same to others.
    }
si-she-agrees =
    { $worker_gender ->
        [male] If the employer is not there… and if you are there, and the same interpreter, I can do it. But not tomorrow. Tuesday, after I have slept.
       *[other] If the employer is not there… and if Lieutenant Shilan is there, I can do it. But not tomorrow. Tuesday, after I have slept.
    }
si-arrange = How do you arrange the statement?
si-arr-tuesday =
    Ask the judge for Tuesday, with the same IOM interpreter, Shilan Karim present, breaks, and Nazdar waiting
    outside; ask that the employer and his lawyer not be in the room.
si-arr-confront =
    Ask the judge to hear { $worker_name } and the employer together on Tuesday, in a confrontation: the defence
    will demand one anyway, and it saves { $worker_name } a second session before the flight.
si-arr-police =
    Spare { $worker_name } the court: take the statement yourself at the shelter tonight, as a detailed police
    record, and send it to the judge's office on Monday with the rest of the file.
si-confrontation =
    On Tuesday { $worker_name } sees the employer at the other end of the judge's room, stops in the middle of
    the first answer, and says nothing more. The judge ends the session.
si-she-declines = No. Please. I cannot. I only want to go home.
si-declined = { $worker_name } has said no to the statement. What do you do?
si-dec-accept =
    { $worker_gender ->
        [male] Accept his answer and note it. Tell him the return, the passport and the wages go on as agreed, and that he can tell the lawyer if he changes his mind.
       *[other] Accept her answer and note it. Tell her the return, the passport and the wages go on as agreed, and that she can tell the lawyer if she changes her mind.
    }
si-dec-press =
    Ask once more, and explain what is at stake: without the statement the employer may never be tried, and the
    next worker in that house will have no one to speak for { $worker_gender ->
        [male] him
       *[other] her
    }.
si-dec-tomorrow =
    { $worker_gender ->
        [male] Do not take the answer yet: ask him to sleep on it and tell you tomorrow, since people often see things differently after a night's rest.
       *[other] Do not take the answer yet: ask her to sleep on it and tell you tomorrow, since people often see things differently after a night's rest.
    }
si-dec-postpone =
    Suggest that { $worker_name } move the flight by two weeks, rest, and give the statement after the holiday,
    when the court reopens; IOM can book another seat.
si-statement-tired =
    On Monday morning { $worker_name } gives the statement. { $worker_gender ->
        [male] He answers
       *[other] She answers
    } briefly, asks twice for a break, and says less than at the first interview. The statement is recorded.
si-conditional-line = All right. I will say it. Then I can go?
si-stay-line = I cannot stay. My mother is ill. If you will not help me go, I will find my own way.
si-wages-line = And my money? { $months_unpaid } months. And my passport. Without them, how can I go home?
si-wages = What do you answer?
si-wage-honest =
    The judge can order the passport returned before Thursday, and you will ask. A wage claim can go to the
    labour inspectorate, and a legal-aid lawyer can follow it from abroad. You cannot say how much or when;
    none of it depends on the case.
si-wage-promise =
    { $worker_gender ->
        [male] Reassure him: the passport will be back tomorrow, and you will see to it that the employer pays all { $months_unpaid } months before Thursday.
       *[other] Reassure her: the passport will be back tomorrow, and you will see to it that the employer pays all { $months_unpaid } months before Thursday.
    }
si-wage-nothing =
    Explain that the wages are a matter for a civil court after the criminal case, which can take years, and
    that the passport has to stay with the court as evidence until the end of the trial, so nothing can be done
    about either before Thursday.
si-wage-settle =
    Tell { $worker_name } that the employer's lawyer offered half the wages in cash tomorrow if the complaint is
    withdrawn, and advise taking it: it is quicker than any claim.
si-withdrawn =
    { $worker_name } has gone quiet, answers in single words and looks at the bag by the door. { $worker_gender ->
        [male] He no longer expects much from the police, and will not say more than he must.
       *[other] She no longer expects much from the police, and will not say more than she must.
    }
si-before-flight =
    { $day ->
        [0] Monday. Three working days are left before Thursday's flight, time for one step a day. The investigative judge's office is open today and tomorrow only, before the holiday. What do you do first?
        [1] Tuesday, the last day the investigative judge's office is open before the holiday. Two working days are left. What do you do today?
       *[other] Wednesday. The courts are closed for the holiday. One working day is left before the flight. What do you do today?
    }
si-flight-done = Stop here: nothing more before Thursday.
si-act-passport = Ask the investigative judge to order the passport returned to { $worker_name }, with a certified copy kept in the case file.
si-act-wages =
    Refer the wage claim against the employer and the agency to the labour inspectorate, and ask legal aid for a
    lawyer who, with a power of attorney, can follow the claim and the case from abroad.
si-act-safety =
    With { $worker_name } and IOM, plan the arrival: IOM staff at the airport, a place to stay away from the agent's
    town, reintegration support, and what, if anything, the family is told.
si-act-reception = Ask IOM to have someone meet { $worker_name } at the airport and take { $worker_gender ->
        [male] him
       *[other] her
    } home.
si-act-lawyer =
    Phone the employer's lawyer: say that { $worker_name } flies on Thursday, and that the wages should be paid
    before then if the employer wants to avoid a labour claim on top of the criminal case.
si-act-embassy =
    Ask IOM to request an embassy travel document anyway, as a back-up in case the passport is late; { $worker_name }
    need not know unless it is used.
si-act-confine =
    Ask the { $worker_gender ->
        [male] accommodation
       *[other] shelter
    } to keep { $worker_name } indoors and the phone switched off until Thursday, for safety, since the agent
    may be looking.
si-closure = It is Wednesday evening. How do you close your last meeting before the flight?
si-close-summary =
    Summarise what was agreed and let { $worker_name } correct it; go through Thursday step by step, who will
    be at the airport, how to reach you and the lawyer from home, and ask what, if anything, the family should be told.
si-close-promise =
    { $worker_gender ->
        [male] Reassure him warmly that it is all over now: the employer will be punished, the agency will never bother his family again, the wages will follow him home, and he can put Iraq behind him.
       *[other] Reassure her warmly that it is all over now: the employer will be punished, the agency will never bother her family again, the wages will follow her home, and she can put Iraq behind her.
    }
si-close-abrupt = Wish { $worker_name } a good journey and leave the rest to Nazdar and IOM.
si-handover =
    Nazdar and IOM take over. { $worker_name } boards on Thursday without knowing whom to call about the case or
    the wages, or what happens if the agent's man comes back.

## Endings

si-end-protected =
    { $worker_name } lands on Thursday with the passport. IOM staff are waiting at the airport, and the first
    nights are away from the agent's town. The statement recorded before the investigative judge lets the
    case go on without { $worker_gender ->
        [male] him
       *[other] her
    }, and a lawyer with a power of attorney follows the wage claim before the labour inspectorate.
    No one can say when, or how much, will be paid.
si-end-protected-no-statement =
    { $worker_name } lands on Thursday with the passport. IOM staff are waiting at the airport, and the first
    nights are away from the agent's town. A lawyer with a power of attorney follows the wage claim. No
    statement was recorded before the investigative judge: the case goes on with the evidence already in the
    file, and it will be harder to prove.{ $she_declined ->
        [true] {" "}It was { $worker_name }'s decision, and it was respected.
       *[other] {""}
    }
si-end-partial =
    { $worker_name } flies home on Thursday, but with gaps the case and the person will feel.{ $wages_filed ->
        [true] {""}
       *[other] {" "}No wage claim was filed, and from abroad it will be hard to start one.
    }{ $safety_plan ->
        [true] {""}
       *[other] {" "}Nobody planned for the agent's man at home{ $reception_only ->
            [true] , beyond a lift from the airport.
           *[other] .
        }
    }{ $settled ->
        [true] {" "}On your advice the worker took half the wages in cash and withdrew the complaint, and the employer's lawyer will show the withdrawal to the judge.
       *[other] {""}
    }{ $police_record ->
        [true] {" "}The judge has only a police record, not a statement before the court.
       *[other] {""}
    } Look at the debrief to see where.
si-end-waiting =
    Thursday's flight leaves without { $worker_name }. The passport is still in the court's file, the judge's
    office is closed for the holiday, and without the embassy there is no other travel document. { $worker_gender ->
        [male] He waits
       *[other] She waits
    } weeks more, after saying clearly that this week mattered.
si-end-broken-promise =
    The passport came back, but the wages you promised did not. { $worker_name } flies home without the money that
    was to be paid before Thursday, stops answering the lawyer's calls, and no longer trusts what the police said.
si-end-contaminated =
    { $worker_name } flies home on Thursday. But the file now says the employer threatened the family, a
    detail that your question put there; in the worker's own words it was a man from the agency at home. The
    defence will ask where it came from, and the judge may doubt the rest too. The debrief lists the detail.
si-end-pressured =
    { $conditional ->
        [true] { $worker_name } gave the statement because the flight depended on it. The defence will ask the investigative judge to set it aside, and the return, which was a right, became a price.
       *[other] { $exposed ->
            [true] { $worker_name } fell silent in front of the employer, and the statement was never finished. Facing the suspected exploiter was the one thing the worker had asked to avoid.
           *[other] { $worker_name } was pressed to put the case before going home, gives no statement, and leaves trusting no one in the investigation.
        }
    }
si-end-tipped =
    The employer's lawyer knew the date of the flight. On Wednesday the agency's office in the worker's home
    town called the family. { $worker_name } still flies, but the agent knows when, and the employer now knows
    what the investigation is waiting for.
si-end-exposed =
    { $family_breach ->
        [true] The call to the family reached the agent's town within a day.
       *[other] The embassy's labour office passed the worker's name and return date to the agency.
    } The agent's man came to the family again. { $worker_name } no longer wants to fly on Thursday, or to talk
    to the police, and now fears the return as much as staying.
si-end-stranded =
    At the airport on Thursday, the passport control stops { $worker_name } for the unpaid overstay fine. The
    flight leaves. { $worker_gender ->
        [male] He goes back to the accommodation
       *[other] She goes back to the shelter
    } with the bag and the ticket, and no one to ask the residency office for a waiver before next week.
si-end-deported =
    The residency office deports { $worker_name } as an offender for overstaying. The deportation record may bar
    a return to Iraq, the fine stays on file, no one meets { $worker_gender ->
        [male] him
       *[other] her
    } at home, and a victim of trafficking has been treated as the one at fault.
si-end-agency =
    The recruitment agency books the flight, and its office at home is told the date. { $worker_name } is met
    at the airport by the agent's man, who says the debt has grown. The investigation has handed the person
    back to the network that exploited { $worker_gender ->
        [male] him
       *[other] her
    }.

## Feedback

si-fb-prepare-shelter =
    Planning and preparation: a quiet room where the person lives, the same trusted interpreter, and the
    interviewer's gender offered again rather than assumed put the person at ease for a hard conversation.
si-fb-prepare-station =
    Trauma-informed contact: bringing an exhausted person back across the city to the room of the first
    interview, for the convenience of the forms, adds strain. Go to where the person is.
si-fb-prepare-resident =
    Neutral, qualified interpretation: a friend from the same community is not neutral and is not bound by
    confidentiality. The person will not speak of home in front of her, and what is said may travel.
si-fb-prepare-everyone =
    Confidentiality and data protection: IOM and the shelter need to know what concerns the return, not the
    whole case file. Five people around a table also make it harder for the person to say what they want.
si-fb-explain-full =
    Informed consent: the person knows why you came, that the return, the passport and the wages do not
    depend on the case, and that they may refuse or stop. Only then can a "yes" or a "no" be free.
si-fb-explain-case-first =
    Assistance not conditional on cooperation: opening with the judge's need tells the person the case comes
    before what they came to ask. Say first that the return does not depend on it.
si-fb-explain-skip =
    Engage and explain: three weeks and a new question later, consent must be renewed. A form signed before
    does not tell the person what this meeting is for or what happens to what they say.
si-fb-q-open =
    Account, clarification, challenge: an invitation to free recall lets the person say what matters to them,
    in their own order. It is how you hear what you did not know to ask.
si-fb-q-decided =
    Account, clarification, challenge: a directive question about what the person already said is a
    recommended question, but it keeps the conversation on the decision. An open invitation first leaves room
    for what lies behind it.
si-fb-q-yesno =
    Account, clarification, challenge: two yes/no questions get two short answers, and the reason behind the
    wish to leave stays unspoken.
si-fb-q-threat =
    Account, clarification, challenge: a suggestive question proposes the answer. The person may agree out of
    fatigue or to please you, and the detail enters the account with little weight.
si-fb-fu-worries =
    Account, clarification, challenge: a second invitation, about going home, lets the person raise the risks
    they see. Respecting their assessment starts with hearing it.
si-fb-fu-embassy =
    Account, clarification, challenge: a directive question about what the person already said probes the fear
    of the embassy without suggesting an answer.
si-fb-fu-contacted =
    Account, clarification, challenge: an option-posing question gets a yes or a no; who came, when and what was
    said are lost. Ask what happened instead.
si-fb-fu-employer =
    Account, clarification, challenge: "you are safe here" does not make a suggestive question safe. The person
    may adopt a detail they never described.
si-fb-route-iom =
    Referral and inter-agency coordination: IOM's assisted voluntary return brings the ticket, reception on
    arrival, reintegration support and the request to waive the fine, none of it conditional on the case.
si-fb-route-deport =
    Non-punishment: deportation treats a victim as an offender for overstaying, may bar a later return, and
    leaves the person alone on arrival. A free ticket is not a safe return.
si-fb-route-own =
    Referral and inter-agency coordination: a ticket bought alone leaves the overstay fine unpaid at the airport,
    and nobody to meet the person at home. IOM's programme exists for this.
si-fb-route-agency =
    Do no harm: the agency is part of the exploitation and is demanding a "debt". Telling it the flight
    delivers the person back to the network on arrival.
si-fb-doc-ask =
    Ensure anonymity and confidentiality: the embassy is contacted only with the person's consent, because some
    victims fear their embassy. Explaining the choices and what would be shared lets the person decide.
si-fb-doc-embassy =
    Ensure anonymity and confidentiality: the person asked that the embassy not be told. Contacting it anyway
    breaks that trust and, here, hands the person's whereabouts to someone who works with the agency.
si-fb-doc-evidence =
    Make no promises you cannot keep, and give true information: the judge can order the passport returned and
    keep a certified copy. Saying it must stay pushes the person towards the embassy they fear.
si-fb-doc-family =
    Do no harm: phoning the family without consent, when the agent is pressing them, tells the town that the
    person went to the police. Confidentiality towards the family is part of safety.
si-fb-st-monday =
    Corroboration: the statement before the judge is what lets the case go on after the person leaves, and
    asking for the first slot secures it. The cost is real: an exhausted person says less, and was not asked.
si-fb-st-rest =
    Do not re-traumatise: sparing an exhausted person another session protects them. But you decided for
    them: they were not told what the statement would do, and did not choose.
si-fb-st-choice =
    Respect the person's own assessment: saying honestly what is at stake, and that nothing else depends on
    it, lets the person weigh the case against their own state. Whatever they choose, the choice is theirs.
si-fb-st-conditional =
    Assistance not conditional on cooperation: making the return wait for the statement turns a right into a
    price. The statement is now open to challenge, and the person has learned that help had a condition.
si-fb-st-stay =
    Respect the person's own assessment: asking the person to stay for the trial, with the weight of other
    victims on them, is pressure. A statement before the judge exists so that the case can go on after they leave.
si-fb-arr-tuesday =
    Meeting the needs of people in vulnerable situations: the person's day, a trusted officer and interpreter,
    breaks, and the suspect kept out of the room make a statement possible and worth more.
si-fb-arr-confront =
    Do no harm: a confrontation puts the person face to face with the suspected exploiter, which is what they
    asked to avoid. It silences the account and frightens the person before the journey home.
si-fb-arr-police =
    Corroboration: a police record carries less weight than a statement before the investigative judge, who
    records what counts in court. The person agreed to the court; the record cannot replace it.
si-fb-dec-accept =
    Respect the person's own assessment: the person decided, knowing what it means. Accepting it, and keeping
    the door open without pressure, weakens the case and is still right.
si-fb-dec-press =
    No coercion, ever: a clear "no" followed by guilt about future victims is pressure, not information. What
    follows is not free, and the person's trust in the investigation is gone.
si-fb-dec-tomorrow =
    Respect the person's own assessment: the person answered. Asking them to think again overnight tells them
    their answer was not accepted; say the door stays open, and leave it to them.
si-fb-dec-postpone =
    Assistance not conditional on cooperation: asking the person to move the flight for the case, after a "no",
    puts the case before the return they asked for.
si-fb-wage-honest =
    Make no promises you cannot keep: the passport and the wage claim are answered honestly, with who can act
    and what they cannot guarantee. It is true information the person can plan with.
si-fb-wage-promise =
    Make no promises you cannot keep: nobody can make the employer pay before Thursday. A promise the person
    plans a return around, and that fails, costs more trust than an honest "I do not know".
si-fb-wage-nothing =
    Human rights at the centre: the wages are the person's right and can be claimed now, through the labour
    inspectorate and a lawyer; the judge can return the passport. "Nothing can be done" is wrong and discouraging.
si-fb-wage-settle =
    Human rights at the centre: an investigator does not broker the withdrawal of a trafficking complaint.
    The person is entitled to the offer and to independent legal advice, not to your recommendation.
si-fb-act-passport =
    Human rights at the centre: the passport is the person's, and the judge can order it returned while a
    certified copy keeps its value as evidence. Asked in time, it also spares the embassy.
si-fb-act-wages =
    Referral and inter-agency coordination: the labour inspectorate and a lawyer with a power of attorney let
    the wage claim and the case go on after the person leaves.
si-fb-act-safety =
    Risk assessment and safety planning: the person told you about the agent's visit. A plan for the arrival,
    agreed with them and IOM, answers the risk they described.
si-fb-act-reception =
    Risk assessment and safety planning: a lift from the airport is a start, but without knowing what waits at
    home, the plan cannot answer it. Ask, openly, what the person fears.
si-fb-act-lawyer =
    Ensure anonymity and confidentiality: telling the suspect's lawyer the date of the flight tells the network
    when and where the person will be. Wages are pursued through the labour inspectorate, not by warning the employer.
si-fb-act-embassy =
    Informed consent: the person refused contact with the embassy. A "back-up" request behind their back is
    contact without consent, and it reaches the person they fear.
si-fb-act-confine =
    Respect the person's own assessment: the person's safety plan is agreed with them. Keeping them indoors
    without a phone decides for them and cuts them off from their family at a hard time.
si-fb-close-summary =
    Closure: a summary the person can correct, the next steps day by day, contacts for after the return, and
    their own say on what the family is told end the work with respect and keep a line open.
si-fb-close-promise =
    Make no promises you cannot keep: no one can promise punishment or that the agency will never return.
    Honest next steps serve the person better than comfort that may turn out false.
si-fb-close-abrupt =
    Closure: leaving without a summary or contacts sends the person home without knowing whom to call about
    the case, the wages, or the agent.
