# Scenario: apartment-raid
# Arguments every message receives: $woman_name, $woman_origin, $woman_language, $family_who,
# $status_issue (the woman, drawn from the seed), $recruiter_name, $recruiter_gender,
# $manager_name, $manager_gender (the network: a woman recruiter and a man who ran the flat, or
# the other way round), and the variables $trust, $distress, $turns, $declines_woman,
# $case_damaged, $charged, $exposed, $residency_told, $victim_recorded, $held,
# $poor_language, $promised ($held is also set by the suggestive question).
# The woman is always a woman, so her forms are feminine. The recruiter and the manager agree
# through $recruiter_gender and $manager_gender ("male" / "female"). The trainee is not
# addressed with gendered forms. The exploitation is named, never described.

## Library and briefing

apr-title = The flat off the Hundred-Metre Road
apr-summary =
    Before dawn, the Combating Organized Crimes Directorate in Erbil raided a flat on the investigative
    judge's order. Three women were found there. One of them was brought to Erbil for "work" and
    sexually exploited. You lead the contact with her, the interview and the first steps of the
    investigation.
apr-objective-non-punishment =
    Treat her as a possible victim of trafficking: no charge of prostitution, no residence or
    immigration case.
apr-objective-gender =
    Offer, without imposing, a woman interviewer and a woman interpreter, and accept her answer.
apr-objective-consent =
    Get separate, specific consent for the medical examination and for her phone, and avoid questions
    about intimate details the case does not need.
apr-objective-family =
    Protect her from "honour"-related violence: no contact with her family without her consent, and
    nothing to the media that could identify her.
apr-objective-evidence =
    Build a case that does not rest on her word alone: the building's cameras, the recruiter, the
    tenancy file, her phone only with her consent.
apr-content-note =
    This scenario concerns a woman trafficked for sexual exploitation, the risk of violence from her
    family, and media attention. The exploitation is named but never described, and the scenario
    contains no descriptions of violence.

## Cast

apr-cast-woman = { $woman_name }
apr-cast-rebwar = Captain Rebwar Aziz, raid team leader
apr-cast-sozan = First Lieutenant Sozan Rashid, Directorate of Combating Violence Against Women
apr-cast-interpreter = The interpreter
apr-cast-doctor = Dr Chiman Salih, Ministry of Health
apr-cast-media = Lana Farhad, the Directorate's media officer
apr-cast-cyber = Lieutenant Aram Qadir, cybercrime unit
apr-cast-recruiter = { $recruiter_name }, the recruiter
apr-cast-manager = { $manager_name }, who ran the flat

## Profiles

apr-name-rojin = Rojin
apr-name-meron = Meron
apr-name-dilnoza = Dilnoza
apr-origin-rojin = a Syrian Kurdish refugee from Qamishli whose family lives in Domiz camp
apr-origin-meron = an Ethiopian woman from Dessie who came through a recruitment agency
apr-origin-dilnoza = an Uzbek woman from Fergana who came on a tourist visa
apr-lang-kurmanji = Kurmanji (the Syrian variety)
apr-lang-amharic = Amharic
apr-lang-uzbek = Uzbek
apr-family-rojin = her brothers in Domiz camp
apr-family-meron = her uncle in Addis Ababa, who lent her the agency fee
apr-family-dilnoza = her husband's family in Fergana
apr-status-rojin = she has no residence card for Erbil, only a refugee registration in Duhok
apr-status-meron = her residence permit was never issued, and her passport is missing
apr-status-dilnoza = her tourist visa expired four months ago
apr-name-layla = Layla
apr-name-sami = Sami
apr-name-karim = Karim
apr-name-nadia = Nadia

## Cues: how she seems, in words

apr-cue-trust = How far she trusts you
apr-cue-trust-closed = Closed: answers in single words, does not look up
apr-cue-trust-wary = Wary: answers, but watches every movement at the door
apr-cue-trust-opening = Opening up: speaks in longer sentences and asks what will happen
apr-cue-distress = How she is coping
apr-cue-distress-calm = Calm: holds the tea with both hands, sits back
apr-cue-distress-tense = Tense: pulls at her sleeve, answers quickly
apr-cue-distress-high = Overwhelmed: close to tears, wants to leave the room

## Evidence and details

apr-ev-chat-copy = Copy of two chats on her phone (with the recruiter and the flat's manager), made with her consent, custody log and hash
apr-ev-phone-full = A full copy of her phone, on a general consent form
apr-ev-phone-seized = Her phone, taken and copied without her consent or an order
apr-ev-phone-photos = Photos of her screen taken on an officer's own phone
apr-ev-cctv = The building's CCTV recordings, preserved on the investigative judge's order
apr-ev-tenancy = The tenancy contract of the flat and the tenant's identity, from the estate office
apr-ev-warrant = An arrest warrant for the recruiter, with an alert at the border crossings and the airport
apr-ev-forensic = Forensic medical report, with her separate consent, by a woman doctor
apr-detail-passport = That the recruiter took her passport
apr-detail-passport-weak =
    PEACE (account): that the recruiter took her passport first came from your question, not from her.
    She agreed to it, and a court can treat it as suggested. Where her passport is must now be shown by
    other evidence.

## After the raid

apr-arrival =
    Five in the morning, a block of flats off the Hundred-Metre Road in Erbil. On the investigative judge's
    order, a team of the Combating Organized Crimes Directorate with the Asayish has raided a flat on the
    third floor. The man who kept the door was arrested. Three women were inside. The person who ran the
    flat was not there.

    You are the investigator on duty. You did not take part in the raid, and you are in plain clothes.
apr-raid-report =
    Three women, two foreigners. There is a ledger with dates and sums, phones, and cash. It is the usual
    thing: prostitution and residence violations. Write them up, and the station can hold them until the
    judge sits.
apr-raid-report-b =
    The doorman says the women work for themselves and he only cleans. One of them keeps asking whether
    she will go to prison. We found a ledger and phones. I would book all three and let the judge sort it out.
apr-first-status = The women are sitting in the flat's front room, with two officers at the door. What do you decide about them?
apr-status-victims =
    Treat them as possible victims of trafficking: no handcuffs, no charge, away from the arrested
    doorman; call the Directorate of Combating Violence Against Women.
apr-status-book =
    Book the three for prostitution for now, so that they stay available; the charges can be dropped once
    the judge has identified them as victims.
apr-status-hold =
    Keep them in the station's holding room until the judge sits this afternoon: it is the only room with a
    lock, the network cannot reach them there, and nobody can say later that the police let witnesses walk
    away.
apr-status-residency =
    Ask the residency office to check the two foreign women's papers first, since anyone found without
    valid papers has to be reported anyway.
apr-separate =
    One of the women sits apart from the other two. Her name is { $woman_name }; she is { $woman_origin }.
    She speaks { $woman_language } and only a few words of Arabic. Her papers: { $status_issue }. She asks, twice,
    whether she will go to prison.

## Preparing the interview

apr-place = Where do you talk with { $woman_name }?
apr-place-dcvaw =
    At the interview room of the Directorate of Combating Violence Against Women, twenty minutes away, with
    tea on the way.
apr-place-station =
    In the interview room at your own Directorate's office: it has the equipment to record a statement for
    the judge, it is close, and the other two women can wait in the corridor with an officer.
apr-place-flat =
    Here in the flat's kitchen, straight away, while the evidence is around you and before anyone from the
    network can reach her.
apr-interviewer =
    First Lieutenant Sozan Rashid of the Directorate of Combating Violence Against Women has arrived.
    She is trained in interviews with women victims. Who leads the interview?
apr-interviewer-offer =
    Ask { $woman_name }, through the interpreter, whether she would rather talk with you or with Sozan, and
    go with her answer.
apr-interviewer-sozan =
    Ask Sozan to lead it: after what happened in that flat a woman officer should do this interview, she is
    the one trained for it, and asking { $woman_name } would only burden her with one more decision.
apr-interviewer-rebwar =
    Lead it yourself with Captain Rebwar taking notes: he led the raid, knows the flat, and can check her
    account against what was found.
apr-she-declines =
    She says she would rather speak with you. The policewoman who took her to the car this morning
    shouted at her, and she does not want a woman in uniform. She wants a woman interpreter. I will wait
    outside and stay close, if that is all right with her.
apr-she-accepts =
    She would like to talk to me, with a woman interpreter. She wants you to stay in the room but not ask
    the questions. That is fine with me.
apr-imposed-uneasy =
    Sozan begins. { $woman_name } answers in a whisper and keeps looking at you. Later, the interpreter
    tells you that she would have preferred to speak with you: a policewoman had shouted at her this
    morning. Nobody asked her.
apr-imposed-ok =
    Sozan begins. { $woman_name } seems relieved to see a woman, though nobody asked her what she wanted.
apr-rebwar-stays =
    Rebwar sits by the door with his notebook. { $woman_name } recognises him from the raid and stops
    talking each time he writes.
apr-interpreter =
    { $woman_name } speaks { $woman_language }. Nobody on the team does. How will you communicate?
apr-interp-roster =
    Call a woman interpreter from the court's roster, or through IOM by video; check her dialect, and brief
    her on confidentiality.
apr-interp-covictim =
    Ask one of the other two women from the flat, who speaks { $woman_language }, to interpret: she knows
    what happened, and { $woman_name } trusts her.
apr-interp-doorman =
    Ask the doorman, who speaks { $woman_language } and is already in custody, to interpret a few basic
    questions until a proper interpreter arrives.
apr-interp-broken =
    Go on in simple Arabic with gestures and a translation app, and write down what she manages to say; an
    interpreter for { $woman_language } would take hours to find this morning, and by then she may be gone.
apr-interp-ready =
    I understand her well, we speak the same way. I will interpret everything she says and everything you
    say, in the first person, and nothing said here leaves this room.
apr-interp-covictim-note =
    The other woman interprets. { $woman_name } glances at her before every answer and leaves things
    out. What she says will be heard in the flat's circle, and the interpreter is herself a witness.
apr-interp-broken-note =
    You go on in simple Arabic. { $woman_name } nods at questions she does not understand, and her answers
    shrink to a few words.
apr-explain = Before any question about the flat, what do you tell { $woman_name }?
apr-explain-full =
    Who you are; that she is accused of nothing, neither prostitution nor her papers; that she may refuse,
    pause or stop; that the investigative judge may read what she says; that help does not depend on it;
    and that nothing goes to her family or the press without her agreement.
apr-explain-deal =
    That she will not be charged with prostitution or with her papers if she tells everything and testifies
    before the investigative judge; that this is a good deal for her, better than most women in her
    situation get; that the other two women have been offered the same; and that she can take a moment to
    think about it before you begin with the questions.
apr-explain-promise =
    That she is safe now: the people from the flat will never find her, she will be sent home within a
    week, and nobody, not her family nor anyone else, will ever know what happened.
apr-explain-chat =
    That this is not an official interview, just a conversation to help her, so there is no need for forms
    or rules; start with easy questions to put her at ease.

## The account

apr-first-question = { $woman_name } has a glass of tea in her hands. How do you begin?
apr-q-own-words = "Tell me, in your own words, how you came to Erbil, starting wherever you like."
apr-q-job-offer = "Did someone offer you a job in Erbil? Yes or no is enough for now."
apr-q-passport = "The woman who brought you here took your passport, didn't she? You can tell me."
apr-q-why-stay = "The door of the flat was not locked this morning. Why did you stay there all these weeks?"
apr-free-account =
    { $recruiter_name } found me at home, through someone I knew. { $recruiter_gender ->
        [male] He
       *[other] She
    } said there was work in a beauty salon in Erbil, good money, a room. { $recruiter_gender ->
        [male] He
       *[other] She
    } paid the journey and said I would pay it back from my wages. In Erbil, there was no salon. They took
    me to the flat. { $manager_name } kept my papers and my money and said I owed more every week. I was
    made to see men. We were not allowed out alone. { $manager_name } wrote to me on my phone every day.
apr-short-account = I came for work. A salon. Then it was the flat. I don't want to talk about the flat.
apr-short-account-b = It was work. It was a mistake. Please, can I go? I don't know anything.
apr-echoes-passport = Yes... the woman took my passport. Like you said. I don't know where it is.
apr-follow-up = What do you ask next?
apr-q-the-journey =
    "You said { $recruiter_name } promised you work in a salon. What did { $recruiter_gender ->
        [male] he
       *[other] she
    } tell you, and how did you travel to Erbil?"
apr-q-intimate =
    "You said you were made to see men. I need to know exactly what happened with each of them, and how
    many there were every night."
apr-q-free-leave = "Were you free to leave the flat when you wanted? Yes or no."
apr-detail-line =
    { $recruiter_name } met me at the airport with a driver. The driver took a photo of my passport. We
    went to a hotel first, then to the flat. { $manager_name } writes everything in a big book, the money,
    the days. Taxi drivers brought the men to the building. There is a camera over the entrance;
    { $manager_name } said it was for our safety.
apr-guarded-2 = I don't know. I don't remember. What will happen to me now?
apr-asks-stop = Please. I can't any more. I want to stop.
apr-break = { $woman_name } has asked to stop. What do you do?
apr-break-stop =
    Stop for now: thank her, tell her she did nothing wrong, that she can rest, and that the same people
    will listen if she wants to say more another day.
apr-break-pause =
    Offer a break with something to eat, with the interpreter and Sozan nearby, and afterwards ask whether
    she wants to go on or stop for today, and do as she says.
apr-break-press =
    Tell her gently that you need only two more answers about { $manager_name }, and carry on while she
    is still willing to talk, so that the morning is not wasted.

## Health care and the medical examination

apr-medical-intro =
    I can see her today for any care she needs. The investigative judge will also want a forensic report
    for the file. That is a separate examination, and I would not do it without her agreement.
apr-medical = How do you handle the medical side?
apr-med-separate =
    Explain the forensic examination separately: why the judge wants it, that she may refuse all or part of
    it, a woman doctor if she wishes, and care whatever she decides.
apr-med-already =
    She has already agreed to the interview, and the consent form she signed covers the medical part as
    well; ask Dr Chiman to see her this afternoon for both the care and the report, so that she only has to
    go through one appointment.
apr-med-order =
    Tell her the judge has ordered examinations of everyone found in the flat, so the forensic
    examination has to be done today, and take her to Dr Chiman now.
apr-med-skip =
    Leave the medical side out for today: after the night she has had, a doctor would only upset her
    more, and the case has the ledger.
apr-med-her-answer =
    I will see the doctor, a woman. The examination for the judge... yes, tomorrow, if I can stop when I
    want.
apr-med-unsure =
    She signed, but she asked the interpreter twice what the second examination was for. I will see her for
    the care today. The forensic part can wait until someone has explained it to her.
apr-med-forced =
    { $woman_name } goes through the examination in silence. Afterwards she does not look at anyone. A
    report obtained under a false order of the judge is of little use, and she now knows that her "no"
    counts for nothing here.
apr-med-skipped =
    { $woman_name } leaves the Directorate without having seen a doctor. Nobody asked whether she needed
    care.

## Her family

apr-family-news =
    Something you should know. Someone from { $family_who } has been calling her phone since this
    morning. The arrested doorman may have told someone. They want to know where she is.
apr-her-wish =
    Please, do not tell my family. If they know where I was, it is finished for me. They will say I
    shamed them. Please.
apr-family = What do you do about her family?
apr-family-respect =
    Do as she asks: no contact with her family without her consent; the risk of "honour"-related violence
    goes into her safety plan with the Directorate; callers get no information.
apr-family-reassure =
    Call back the number and tell them briefly that she has been found and is safe, without any details,
    so that they stop calling and worrying.
apr-family-pledge =
    Ask the Directorate of Combating Violence Against Women to arrange a meeting at which the family signs a
    written pledge, before a judge, not to harm her, so that she is not cut off from them for ever and can
    one day go home safely.
apr-family-later =
    Ask her whether there is anyone in her family she trusts, and offer to help her call that person now,
    so that she is not completely alone.

## The media

apr-media-news =
    A local channel filmed the raid from the street and is already calling the women "foreign prostitutes"
    on its website. The Director wants a statement within the hour that shows the operation was a success.
apr-media = What goes to the press?
apr-media-ban =
    Ask the investigative judge to ban publishing anything that identifies the women, and give the media
    office three factual lines: an operation, arrests, victims assisted.
apr-media-silent =
    Nothing at all: a statement would only draw more attention, and the story will be forgotten in a
    few days.
apr-media-footage =
    Let the media office release the raid footage with the women's faces blurred, with their nationalities
    and the number of women found, so that the public sees the Directorate at work and the channel's story
    of "prostitutes" is replaced by the story of a successful operation.
apr-media-interview =
    Speak to the channel yourself to correct the story: explain, without naming her, how a woman from
    abroad was deceived and brought to the flat, so that people see she is a victim.
apr-media-silent-result =
    By noon the channel's video has been shared thousands of times, with the women's figures visible at the
    door and the word "prostitutes" in the headline. Nobody asked the judge to stop it.

## Her phone

apr-phone-news =
    Her phone has chats with { $manager_name } and with { $recruiter_name }. { $manager_name }'s number
    is still active, but people like that change their SIM within a day of a raid. With a copy of those two
    chats today, we could identify { $manager_gender ->
        [male] him
       *[other] her
    } before { $manager_gender ->
        [male] he moves
       *[other] she moves
    } the other women.
apr-phone = { $woman_name } is exhausted. What do you do about her phone?
apr-phone-ask-now =
    Ask her now, explaining the purpose: only the two chats, only since she arrived, she may watch, and
    she may say no; if she agrees, the cybercrime unit copies just that.
apr-phone-wait =
    Leave it until tomorrow: let her rest and decide then, with the same explanation, and look for
    { $manager_name } through the flat's paperwork in the meantime.
apr-phone-seize =
    Take the phone to the cybercrime unit now and copy it; the judge can authorise it afterwards, and the
    lead will be gone by tomorrow.
apr-phone-form =
    Ask her to sign the standard consent form for the phone, which covers everything on it, so that the
    unit can work quickly without coming back to her.
apr-phone-agrees =
    Yes. The two chats, nothing else. The photos of my children, no. I want to see what you take.
apr-copy = She has agreed to a copy of the two chats. How is it made?
apr-copy-scoped =
    Lieutenant Aram copies only the two chats, in front of her, under the judge's authority, logs it with a
    hash, and gives the phone back.
apr-copy-photos =
    Photograph the two chats on your own phone now; it is quicker, and the pictures show the messages
    clearly enough.
apr-copy-all =
    Copy the whole phone while the unit has it, since she has agreed to a copy anyway; the unit can sort out
    later what is relevant, and she will not have to be asked a second time when the case needs more.
apr-phone-declines = No. Not my phone. Everything I have is on it. Please.
apr-declined = She has said no to a copy of her phone. What do you do?
apr-declined-accept =
    Accept her answer, tell her she can change her mind at any time, and give the phone back to her.
apr-declined-judge =
    Ask the investigative judge for an order to seize her phone as evidence; her consent is not needed
    when the judge orders it.
apr-declined-others =
    Explain that the other women in the network are still at risk, and that her phone could save them, and
    ask her again.
apr-phone-waits =
    All right. I will come back tomorrow with the same explanation. By then the number will probably be
    dead, so we will have to find { $manager_name } another way.
apr-phone-taken =
    { $woman_name } watches her phone go out of the room. She stops answering questions. Without her consent
    and without an order, the copy can be challenged, and her trust is gone.
apr-phone-blanket =
    She signs without reading. The unit copies everything: her photographs, her family's messages, her
    whole life, far beyond what the case needs.

## The investigation: the flat's evidence

apr-hub-news =
    The ledger and the phones are sealed and logged. The doorman says nothing. The estate office that let
    the flat opens at nine. The building's cameras record over themselves every two days.
apr-hub = The interview is over for today. You have time for four more steps today. What do you do?
apr-hub-done = Stop here and write up the day.
apr-act-victim =
    Ask the investigative judge to record { $woman_name } as a possible victim of trafficking, and to write
    to the residency office that she is not to be detained or removed while the case runs.
apr-act-cctv =
    Ask the investigative judge for an order to preserve the building's camera recordings of the last
    weeks, to identify { $manager_name }, the taxi drivers and the visitors.
apr-act-recruiter =
    Ask the investigative judge for an arrest warrant for { $recruiter_name }, and have border police and the
    Asayish put an alert at the crossings and Erbil airport.
apr-act-return-phone =
    Go back to { $woman_name }, show her the custody log of what was copied from her phone, and return
    anything she asks for.
apr-act-tenancy =
    Get the tenancy contract from the estate office on the investigative judge's order, with the
    identity card of whoever rented the flat.
apr-act-ledger =
    Sit with { $woman_name } and go through the ledger page by page, so that she can explain each entry and
    name the men in it.
apr-act-overstay =
    Have the residency office take { $woman_name }'s fingerprints and open an overstay file, as the rules
    require for any foreign national found without valid papers.
apr-res-victim =
    The judge has recorded her as a possible victim and signed the letter to the residency office. Nobody
    can detain her for her papers while the case runs.
apr-res-cctv =
    The order reached the building's caretaker in time. The recordings show { $manager_name } at the door
    most evenings, and the same three taxis.
apr-res-cctv-late =
    The caretaker is sorry: the system records over itself every two days. This morning's raid is on it;
    the weeks before are gone.
apr-res-recruiter =
    The warrant is out. Border police stopped { $recruiter_name } at Erbil airport an hour before a flight
    to Istanbul.
apr-res-recruiter-late =
    The warrant is out, but too late: { $recruiter_name } crossed at Ibrahim Khalil this morning. An alert
    through Interpol may take months.
apr-res-return-phone =
    This is everything you took? Only the two chats? Good. Thank you for showing me.
apr-res-tenancy =
    The flat was rented in the name of { $manager_name }, with a copy of an identity card. The estate office
    has a phone number and a second flat in the same name.
apr-res-ledger =
    She explains three pages and stops. Her hands are shaking. The ledger speaks for itself; what it needed
    was a handwriting comparison, not her.
apr-res-overstay =
    The residency officer takes her fingerprints. { $woman_name } does not ask any more questions. She
    understands now that the police see her as the offender.

## Where she goes tonight

apr-broken-promise =
    You said I would go home within a week. You said nobody would know. Now you talk about a judge, and
    months. Which is true?
apr-her-question = Where will I sleep tonight? I cannot go back there.
apr-referral = It is evening. Where does { $woman_name } go, and with what help?
apr-ref-unconditional =
    Refer her through the Directorate to the Ministry of Labour and Social Affairs women's shelter, with legal
    aid, psychosocial support and IOM, none of it depending on her statement.
apr-ref-conditional =
    Offer the women's shelter once she has given her statement to the investigative judge tomorrow morning;
    until then she can stay at the Directorate's office, where it is safe, and a shelter place is kept for her
    so that she knows it is waiting.
apr-ref-hotel =
    Put her in a hotel near the Directorate for tonight, paid by the Directorate, and pick her up for the
    judge in the morning; a shelter placement takes days to arrange.
apr-ref-return =
    Ask IOM to arrange her return home as soon as possible, before the case starts, since that is what
    women in her situation usually want most.
apr-closure = The day's interview is coming to an end. How do you close it?
apr-close-summary =
    Sum up what she said in her words, ask whether anything is wrong or missing, say what happens next, and
    give her a number to call.
apr-close-after-break =
    Tell her briefly what happens next and whom she can call, and thank her.
apr-close-sign =
    Read out the written statement through the interpreter and ask her to sign it now, while everything is
    fresh, so that she will not have to go through all of this again before the judge and can rest from
    tomorrow on.
apr-close-handover =
    Thank her and hand her over to Sozan, who will explain the rest, and go to the paperwork while the
    details are fresh.

## Endings

apr-end-protected =
    { $woman_name } spends the night at the women's shelter, with a caseworker and a lawyer assigned. The
    investigative judge has recorded her as a possible victim: no charge, no residence case. Her family
    and the press know nothing. The case rests on the building's recordings, the documents and the
    recruiter's arrest, not on her word alone.
apr-end-partial =
    { $woman_name } is safe tonight, and she is not charged. But the case has gaps: evidence was lost to
    time, she spent a night in a holding room, or she does not yet trust the people around her enough to
    say more, or part of her account came from a question. Look at the debrief to see what was missed.
apr-end-weakened =
    { $woman_name } is safe tonight, but the case is weakened. A step taken today, evidence gathered without
    her consent or under a false order, help made to depend on her statement, means that the defence
    will challenge what was gathered, and she may have to go through it all again.
apr-end-shut-down =
    { $woman_name } stops answering and looks at the floor. She will not speak to the police again. The
    case has lost its main witness, and an exhausted woman was pushed past the limit she had stated.
apr-end-doorman =
    The doorman interprets. { $woman_name } says everything is fine, that she works for herself. By
    evening, { $manager_name } knows every question you asked. A man of the network spoke for her.
apr-end-disappears =
    Two days later { $woman_name } is gone. Her phone is off. A neighbour saw her get into a taxi. Without a
    safe place, and without trust in the people who questioned her, she went back to the only people she
    knew in Erbil: the network.
apr-end-family-danger =
    A week later, someone from { $family_who } comes to the Directorate asking for her by name. They know
    where she was found. The shelter has to move her to another governorate, under protection. The risk of
    "honour"-related violence she warned you about is now real.
apr-end-removal =
    The residency office, told about her before anyone recorded her as a victim, issues a removal order,
    since { $status_issue }. Within days she is taken to the airport or to the crossing. The case loses its
    witness, and a victim of trafficking is treated as an immigration offender.
apr-end-charged =
    { $woman_name } is held for the residence offence, and the file goes to the court with her as a
    suspect. A woman who was trafficked is punished for a direct consequence of it, and the other women
    from the flat have learned what talking to the police brings.
apr-end-booked =
    The three women are booked for prostitution. At the station they say nothing, and { $woman_name } keeps
    asking whether she will go to prison. Victims of trafficking have been treated as offenders, and
    { $manager_name } has time to disappear.

## Feedback

apr-fb-status-victims =
    Non-punishment: women found in a place of sexual exploitation are treated as possible victims, not as
    offenders. Separating them from the arrested man and calling the Directorate of Combating Violence
    Against Women puts their safety first.
apr-fb-status-book =
    Non-punishment: booking victims for prostitution punishes them for a direct consequence of being
    trafficked, even if the charge is dropped later. They fall silent, and the case loses its witnesses.
apr-fb-status-hold =
    Non-punishment: a holding room is detention, whatever the reason. Possible victims are not locked up
    "for their safety"; a safe place comes from the Directorate of Combating Violence Against Women or a shelter.
apr-fb-status-residency =
    Non-punishment: the residency check comes after she has been identified as a possible victim, not
    before. Told first, the residency office may start a removal case against a victim of trafficking.
apr-fb-place-dcvaw =
    Trauma-informed contact: a quiet room away from the flat and the station, with something to eat and
    drink, lowers her fear and keeps her out of sight of the network.
apr-fb-place-station =
    Trauma-informed contact: an interview room at the office that raided the flat, with the other women in
    the corridor, tells her she is a suspect. A statement can be recorded elsewhere.
apr-fb-place-flat =
    Do no harm: the flat is where she was exploited, the doorman's people may come by, and officers are
    searching around her. She cannot speak freely there, and the room itself hurts.
apr-fb-interviewer-offer =
    Choice of interviewer: offering a woman interviewer and interpreter, and accepting her answer, gives her
    back some control. Some women prefer a woman; some, for their own reasons, do not.
apr-fb-interviewer-sozan =
    Choice of interviewer: a trained woman officer is a good resource, but the choice is offered, not
    imposed. Only she knows whom she can talk to; ask her.
apr-fb-interviewer-rebwar =
    Trauma-informed contact: the officer who led the raid should not sit in on the interview with a victim
    of that raid. She sees him as the man who came through the door this morning.
apr-fb-interp-roster =
    Interpreters: a trained, neutral woman interpreter who shares her dialect, briefed on confidentiality
    and complete interpretation, lets her speak for herself.
apr-fb-interp-covictim =
    Neutral interpretation: another woman from the flat is a witness herself, may be under the same pressure,
    and is not bound by confidentiality. She will be heard through someone else's fear.
apr-fb-interp-doorman =
    Neutral interpretation: the doorman works for the people who ran the flat. Letting him interpret hands the
    interview to the network and exposes her to it.
apr-fb-interp-broken =
    Neutral interpretation: an interview in a language she barely speaks gets nods and fragments, not an
    account. Waiting, or an interpreter by phone or video through IOM, is better than misunderstanding.
apr-fb-explain-full =
    Informed consent: she learns who you are, that she is not accused, that she may refuse, stop and limit
    what is shared, and who will read what she says. Hearing that nothing goes to her family removes her
    greatest fear.
apr-fb-explain-deal =
    Unconditional assistance: non-punishment is not a reward for testimony. Making it a deal turns her
    account into a bargain that the defence will challenge, and tells her that her safety depends on
    pleasing the police.
apr-fb-explain-promise =
    No promises you cannot keep: whether she goes home, and when, depends on her wishes and on the case;
    that nobody will ever know cannot be guaranteed. A promise broken tonight costs more trust than it wins now.
apr-fb-explain-chat =
    PEACE (engage and explain): calling it a chat hides that what she says may reach the investigative judge.
    She cannot decide what to say without knowing that.
apr-fb-q-own-words =
    PEACE (account): an open invitation lets her tell it in her own order and choose what to say about the
    flat. It brings out what the case needs: the recruitment, the debt, the papers.
apr-fb-q-job-offer =
    PEACE (account): a yes-or-no question gets a short answer and puts your framing first. Start with an open
    invitation, and ask specific questions only about what she has already said.
apr-fb-q-passport =
    PEACE (account): a suggestive question puts the answer in her mouth. She agrees to please you, and where
    her passport is, an element of the case, is now contaminated.
apr-fb-q-why-stay =
    Trauma-informed contact: asking why she did not leave blames her. Debt, missing papers, fear and
    isolation keep people in place without a lock; the question makes her defend herself.
apr-fb-q-the-journey =
    PEACE (account): a directive question about what she has already said, the promised job, draws out the
    recruitment and the journey, the elements the case needs, without suggesting an answer.
apr-fb-q-intimate =
    Do not re-traumatise: the case needs the recruitment, the means of control and the purpose, not the
    intimate details of each act. Asking for them hurts her and adds nothing a court needs from her now.
apr-fb-q-free-leave =
    PEACE (account): a yes-or-no question about her freedom invites a one-word answer, perhaps the one she
    thinks is safe. Ask about what she has already said, in an open way.
apr-fb-break-stop =
    Informed consent: she asked to stop, and the interview stops. Telling her she did nothing wrong and that
    she can talk again another day keeps the door open.
apr-fb-break-pause =
    Do not re-traumatise: a break may help, and she decides whether to go on. She did ask to stop, so be ready
    to end for the day.
apr-fb-break-press =
    No coercion: going on after a clear request to stop is coercion. She shuts down, and anything she says now
    would be unreliable.
apr-fb-med-separate =
    Informed consent: consent to a forensic examination is separate from consent to the interview, and
    specific: she may refuse it or any part of it, and her health care does not depend on it. A woman doctor
    is offered, not imposed.
apr-fb-med-already =
    Informed consent: agreeing to talk is not agreeing to a forensic examination. The consent must be
    separate and specific, or the examination is neither ethical nor reliable.
apr-fb-med-order =
    No coercion: a forensic examination forced on her by a false claim of an order is a serious violation,
    and the report obtained is tainted. Medical examination needs her free, separate consent.
apr-fb-med-skip =
    Referral: she may need medical care today whatever she decides about the forensic part. Leaving health
    care out denies her a right, and the Ministry of Health doctor was there to provide it.
apr-fb-family-respect =
    Her own assessment: she knows her family and the risk of "honour"-related violence better than anyone.
    No contact without her consent, the risk recorded in her safety plan, and no information to callers.
apr-fb-family-reassure =
    Confidentiality: telling the family she has been found, even without details, confirms to them that she
    was in the flat. She warned you of the risk; contacting them without her consent exposes her to it.
apr-fb-family-pledge =
    Risk assessment: a pledge meeting tells the family where she was and what happened, against her wish, and
    a signature does not remove the danger. Any contact with the family is hers to decide, when she is ready.
apr-fb-family-later =
    Risk assessment: it is kind to ask, but today she has said clearly that she does not want her family
    told. Record the risk and the callers, and let her raise the question herself later.
apr-fb-media-ban =
    Data protection: a publication ban from the investigative judge and a short factual statement protect her
    identity and still let the Directorate report its work. Calling them victims counters the stigma.
apr-fb-media-silent =
    Data protection: silence does not stop a channel that already has footage. Without a publication ban,
    the women's images and the word "prostitutes" stay online.
apr-fb-media-footage =
    Confidentiality: blurred faces, nationalities and the number of women are enough for her family and the
    network to recognise her. Her identity has been exposed for the Directorate's image.
apr-fb-media-interview =
    Confidentiality: even without her name, her story, her nationality and the place identify her to
    people who know her. A victim's account is not the Directorate's to tell.
apr-fb-phone-ask-now =
    Digital evidence: asking now, for a limited scope, with the right to refuse, can identify the manager
    quickly. The price is pressure on an exhausted woman: if she says no, the answer is no.
apr-fb-phone-wait =
    Her own assessment: letting her decide when she has rested respects her pace and her control over her
    phone. The price is the fast lead: the number may be dead tomorrow, and other evidence must identify
    the manager.
apr-fb-phone-seize =
    Digital evidence: a victim's phone is copied only with her free, specific consent. Taken without consent
    or an order, the copy can be excluded, and she learns that her "no" does not count.
apr-fb-phone-form =
    Digital evidence: a blanket consent form is not informed, specific consent. It takes her whole private
    life, far beyond the two chats the case needs.
apr-fb-copy-scoped =
    Digital evidence: only what she agreed to, copied in front of her, under the judge's authority, logged with
    a hash in the custody record. The copy will stand in court.
apr-fb-copy-photos =
    Digital evidence: photographs on an officer's own phone have no custody record and no hash, and leave her
    data on a private device. The defence will challenge them.
apr-fb-copy-all =
    Digital evidence: she agreed to two chats, not to the whole phone. Copying everything breaks her consent
    and takes data the case does not need.
apr-fb-declined-accept =
    Informed consent: a refusal is respected, and the door stays open. The manager must be identified by
    other means: the tenancy file, the cameras.
apr-fb-declined-judge =
    No coercion: turning to the judge to override a victim's refusal treats her as a suspect and breaks the
    trust the case depends on. Her phone is hers; the suspects' devices are for orders.
apr-fb-declined-others =
    Informed consent: pressing her with the other women's fate makes her refusal a source of guilt. She said
    no; accept it, and tell her she can change her mind.
apr-fb-act-victim =
    Non-punishment: recorded by the investigative judge as a possible victim, with a letter to the residency
    office, she cannot be detained or removed for her papers while the case runs.
apr-fb-act-cctv =
    Corroboration: the building's recordings show the manager, the taxis and the visitors over weeks,
    evidence that does not depend on her. They are kept only two days, so this could not wait.
apr-fb-act-cctv-late =
    Corroboration: the building's recordings are kept only two days. Asked for later in the day, they are
    gone. Evidence that disappears has to come first.
apr-fb-act-recruiter =
    Corroboration: the recruiter is the start of the chain. A warrant and a border alert in the first hours
    stop the flight, and an arrest opens the network beyond the flat.
apr-fb-act-recruiter-late =
    Corroboration: the recruiter will hear of the raid within hours. The warrant came after the flight;
    coordinating with border police must come first.
apr-fb-act-return-phone =
    Informed consent: showing her the log of what was copied, and returning the phone, proves that her limits
    were kept, and she may agree to more later.
apr-fb-act-tenancy =
    Corroboration: the tenancy file identifies the person who ran the flat without her phone, and points to a
    second flat. Her refusal or her pace did not cost the case.
apr-fb-act-ledger =
    Do not re-traumatise: the ledger is evidence in itself; an expert compares the handwriting. Making her
    explain each entry makes her relive it for nothing the court needs from her.
apr-fb-act-overstay =
    Non-punishment: her irregular stay is a direct consequence of being trafficked. Opening an overstay file
    punishes the victim and tells her that the police see her as the offender.
apr-fb-ref-unconditional =
    Unconditional assistance: the shelter, legal aid, psychosocial support and IOM's help are her right, not
    a reward for testimony. Coordinated through the Directorate of Combating Violence Against Women, she is
    safe tonight.
apr-fb-ref-conditional =
    Unconditional assistance: a shelter that depends on her statement makes protection a bargain. Her
    statement loses weight, and she learns that help is for sale.
apr-fb-ref-hotel =
    Risk assessment: a hotel has no protection, no caseworker, and is exactly where the network looks. A
    shelter placement through the Directorate of Combating Violence Against Women can be made tonight.
apr-fb-ref-return =
    Her own assessment: nobody asked her what she wants. A quick return before the case may not be her wish,
    may send her back to the people who recruited her, and leaves her without legal aid.
apr-fb-close-summary =
    PEACE (closure): summing up in her words, letting her correct and add, and saying what happens next and
    whom to call gives her control and makes the account more accurate.
apr-fb-close-after-break =
    PEACE (closure): after a stop, a short closing with the next steps and a contact is right; the summary can
    wait for the next meeting.
apr-fb-close-sign =
    Informed consent: a statement read out in a hurry is not approved. She signs what she has not understood,
    and the judge will hear her again anyway.
apr-fb-close-handover =
    PEACE (closure): leaving without a summary or the next steps leaves her guessing about tonight, and her
    account uncorrected.
