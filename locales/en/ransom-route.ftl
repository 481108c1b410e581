# Scenario: ransom-route
# Arguments every message receives (except the library and briefing texts and the profile
# values): $man_name, $man_age, $man_origin, $man_language, $family_place, $hawala_city,
# $payer_my ("my brother", from his mouth), $payer_his ("his brother", in narration),
# $payer_gender ("male" or "female": the relative who paid), $ransom (US dollars),
# $trust, $distress, and the flags of the scenario.
# The man is always an adult man; only the relative who paid varies in gender.

## Library and briefing

rr-title = The ransom route
rr-summary =
    Before dawn, border police near Penjwen stopped a man walking down from the mountains into the
    Kurdistan Region, alone and without documents. Smugglers' numbers are in his phone, and the border
    police see a smuggler. His family, it turns out, paid a ransom for him through a hawala office.
    You are the duty investigator of the Combating Organized Crimes Directorate in Sulaymaniyah.
rr-objective-identify = Keep both smuggling and trafficking open, and do not treat a possible victim as a smuggler.
rr-objective-male = Recognise a man as a possible victim, and arrange the help that exists for men.
rr-objective-interview = Ask so that he can give his own account, without suggesting details to him.
rr-objective-family = Protect him and his family, whom the network knows, before any step that could alert it.
rr-objective-money = Follow the money and the phones lawfully, through the investigative judge, the Anti-Money Laundering Office and the Asayish.
rr-content-note =
    This scenario concerns a man held for ransom by smugglers and forced to work on a farm, and threats
    against his family. Confinement, hunger and threats are mentioned; there are no descriptions of violence.

## Cast

rr-cast-man = { $man_name }
rr-cast-guard = Captain Hiwa Rashid, border police
rr-cast-colleague = First Lieutenant Shirin Omar, your colleague
rr-cast-major = Major Aras Jalal, head of the office
rr-cast-interpreter = The interpreter (by phone)

rr-name-faris = Faris
rr-name-mahmoud = Mahmoud
rr-name-kamran = Kamran
rr-origin-sinjar = a young Yazidi man from Sinjar
rr-origin-qamishli = a Syrian Kurd from Qamishli
rr-origin-kermanshah = an Iranian Kurd from Kermanshah
rr-lang-kurmanji = Kurmanji
rr-lang-southern-kurdish = Southern Kurdish
rr-place-duhok-camp = a camp for displaced people near Duhok
rr-place-arbat = Arbat camp
rr-place-koya = Koya
rr-city-duhok = Duhok
rr-city-sulaymaniyah = Sulaymaniyah
rr-city-erbil = Erbil
rr-payer-my-brother = my brother
rr-payer-his-brother = his brother
rr-payer-my-wife = my wife
rr-payer-his-wife = his wife
rr-payer-my-father = my father
rr-payer-his-father = his father

## Agencies this scenario adds


## Evidence and details

rr-ev-ransom-numbers = The numbers, dates and times of the ransom calls, noted from his phone with his consent
rr-ev-call-records = Subscriber and call records of the ransom numbers, ordered by the investigative judge
rr-ev-hawala-records = The hawala office's record of the transfer, ordered by the investigative judge and obtained with the Anti-Money Laundering Office and the Asayish
rr-ev-statement = His statement, recorded before the investigative judge
rr-detail-guide = That he guided other migrants across for the smugglers
rr-detail-guide-weak =
    PEACE (account): "guiding the others" first came from your question, not from him. An exhausted man
    under pressure may agree to please you, and the "admission" can now be used to treat a victim as a
    smuggler. Ask what he did on the route, in his own words.
rr-detail-death-threat = That the smugglers threatened to kill his family
rr-detail-death-threat-weak =
    PEACE (account): the threat to kill his family first came from your question. It is the key fact for
    his family's safety, and now no one can tell whether it was said to him or put to him. Ask what was
    said to his family, in his own words.

## The story

rr-arrival =
    Just before dawn, a border police patrol near Penjwen stopped a man walking down from the mountains,
    alone and without documents. He is { $man_name }, { $man_age } years old, { $man_origin }. He is thin
    and exhausted, and his hands are cracked from work in the fields.

    You are the duty investigator of the Combating Organized Crimes Directorate in Sulaymaniyah. The border
    police called you because his phone holds the numbers of two known smugglers.
rr-guard-report =
    He paid smugglers to take him across, and now he has come back the same way. Two smugglers we know are
    in his phone. A grown man who chose to go: that is illegal crossing and smuggling, not trafficking.
    I want to write it up and send him to the court this morning.
rr-guard-report-b =
    We caught him on the smugglers' path with their numbers in his phone. He says they "kept" him over there,
    but they all say that. He went of his own free will. Let us open the files for the crossing and the
    smuggling and send him to the judge.
rr-first-step = { $man_name } sits on a bench in the border post, waiting. What do you do first?
rr-first-open =
    Keep both possibilities open: record the crossing as a fact, without a charge, get him food, water
    and a medical check, and find a private place to talk.
rr-first-suspect =
    Interview him now, under caution, as a suspect about the smugglers in his phone; that is where the
    evidence is, and he will have his chance to explain himself.
rr-first-charge =
    Agree with the captain: open the illegal crossing and smuggling files, so that he can be held and
    brought before the court this morning.
rr-first-release =
    Take his details, warn him not to cross again and let him go home to his family; a grown man who chose
    to pay smugglers can look after himself now.

rr-colleague-language =
    He speaks { $man_language }. He understands some Sorani, but not enough to talk about this. Captain Hiwa
    speaks a little { $man_language }, and a man caught on the same path last night, held in the next room,
    says he can interpret too.
rr-interpreter = How will you talk with { $man_name }?
rr-interp-roster =
    Call a trained { $man_language } interpreter from the Directorate's list by phone; check the dialect and
    any ties to his home area or the route, and brief them on confidentiality.
rr-interp-guard =
    Let Captain Hiwa interpret: he speaks some { $man_language }, he has interpreted at this post before, he
    already knows the case, and an interpreter from the list could take hours to reach at this time of night.
rr-interp-cotraveller =
    Ask the man caught on the same path last night to interpret; he speaks { $man_language } and Sorani well,
    and he is here now.
rr-interp-sorani =
    Carry on in slow, simple Sorani; { $man_language } is Kurdish too, and he will understand enough if you
    take your time and check with him after each question.
rr-interp-ready =
    I am on the line. I will interpret everything, his words and yours, completely and in the first person,
    and nothing said here leaves this room.

rr-room = The post has no interview room. Where and how do you talk?
rr-room-office =
    Clear the captain's office, put your weapon away, bring tea and bread, and ask { $man_name } whether he
    would rather talk to you or to First Lieutenant Shirin.
rr-room-holding =
    Talk in the holding room where he has been waiting, with a border guard at the door, so that everyone
    is safe and he does not have to be moved again tonight.
rr-room-tomorrow =
    Let him sleep in the holding room and talk tomorrow afternoon, when he is rested and the border police
    have finished their report on the crossing.

rr-explain = Before any questions, what do you tell { $man_name }?
rr-explain-full =
    Who you are; that his words may go to the investigative judge; that he may refuse a question, rest or
    stop; that help does not depend on answering; and that no one calls his family without him.
rr-explain-must =
    That he is in serious trouble for the crossing, and that only full cooperation about the smugglers will
    keep him out of prison.
rr-explain-short =
    That this is a routine conversation and will not take long; then start with the questions, so that he
    can rest sooner.
rr-explain-promise =
    That he will not be prosecuted for anything, whatever happens, and that his family will be under protection
    from tonight; so he has nothing to fear from talking to you, and can tell you everything.

rr-man-opening =
    Thank you for the tea. I will tell you. But my family must not know that the police caught me. They have
    already paid too much for me.
rr-man-guarded = I went with smugglers. It was my mistake. My family paid, and now I am back. What more do you want?
rr-man-guarded-b = I have nothing to say about those people. My family paid them. Please, I only want to go home.
rr-man-coerced = I understand. I paid the smugglers, I crossed, I am guilty. My family paid them. I will sign what you want.

rr-q1 = How do you ask him about what happened?
rr-q1-invite = "Tell me what happened, from the day you left, in your own words. Take your time."
rr-q1-payment = "You said your family paid. How was the money paid, and who received it?"
rr-q1-held = "Were you kept over there against your will? A yes or a no is enough for now."
rr-q1-guide = "You guided other people across for them too, didn't you? It is better for you to say so now."

rr-account-guide = …Yes. Once they made me walk in front, to show the others the path. Like you say. I did not want to.
rr-account-full =
    A man I knew said he could take me to Europe. At the border his men took us to a farm. They took my
    phone and said my family must pay { $ransom } dollars, or I would stay there. For weeks I worked in the
    fields from dawn until dark, with little food, and at night they locked the store where we slept. They
    called { $payer_my } from my phone. The money was paid at a hawala office in { $hawala_city }. Then they
    drove me to the border at night and said: we know where your family lives.
rr-account-brief =
    I went with a smuggler to reach Europe. At the border they took us to a farm, and I worked there for
    weeks. They wanted money from my family, and my family paid. Then they let me go at the border.
rr-account-payment =
    They called { $payer_my } and said to pay { $ransom } dollars. The money went through a hawala office in
    { $hawala_city }. I do not know who collected it. After that they let me go.
rr-account-short = They kept me on a farm and I worked. My family paid, and they let me go. That is all.

rr-q2 = What do you ask next?
rr-q2-days = "Tell me about an ordinary day on the farm, from the morning until the night."
rr-q2-calls = "You said your family paid. Tell me about the calls to them: who called, from which numbers, and what was said."
rr-q2-locked = "Were you locked in at night? Did they have guns?"
rr-q2-kill = "They said they would kill your family if you went to the police, didn't they?"

rr-man-shame =
    I am a man. I chose to go. My family sold what they had to pay for my mistake, and I could not protect
    them. Do not write that I am a victim.
rr-shame-response = How do you respond?
rr-shame-crime =
    "What they did to you is the crime, not what you did. Many men are held like this. Nothing you tell me
    makes you less of a man."
rr-shame-consent = "Then let me ask it clearly: did you agree to work on the farm, to pay for your journey?"
rr-shame-strong = "You are a strong man, and it is over now. Think of your family, and let us finish the questions."
rr-shame-move-on = "We can come back to that later, I promise. For now I need the facts about the farm and the money, while they are still fresh in your mind."

rr-threat-echo = Yes… they said they would kill them. Like you said. (He looks at the interpreter, unsure.)
rr-threat-disclosed =
    They still call { $payer_my }. Yesterday they said: if he talks to the police, we know the place in
    { $family_place }. That is why I did not want you to call them.
rr-threat-hidden = My family is fine. Please, do not call them, do not go there. It is finished.

rr-man-asks-to-stop = Please. I have not slept for two days. I cannot talk any more now.
rr-stop-decision = { $man_name } has asked to stop. What do you do?
rr-stop-respect =
    Stop now. Thank him, tell him what happens next and that he can go on when he is ready, and arrange a
    safe place for him to sleep tonight.
rr-stop-break =
    Offer a long break, food and a quiet room; then ask him whether he wants to go on tonight or tomorrow,
    and accept whichever answer he gives.
rr-stop-press = Say that you understand, but that you need the smugglers' names and numbers tonight, before they disappear, and carry on.

rr-closure = The interview is coming to an end. How do you close it?
rr-close-summary =
    Summarise what he said through the interpreter, let him correct and add, tell him what happens next,
    and ask him whether, and how, his family should be contacted.
rr-close-sign =
    Have him sign the statement that Captain Hiwa typed during the interview, so that it is all on paper
    tonight; he can ask the interpreter about anything that is unclear.
rr-close-abrupt = Thank him and end it there; the guard will take him back to the holding room, and the rest can wait until morning.

rr-referral = Where will { $man_name } sleep tonight, and what help does he get?
rr-ref-men =
    Ask IOM and a partner NGO for safe accommodation for a man, with a health check, psychosocial support
    and legal aid, and tell him that this help does not depend on his statement.
rr-ref-home =
    Give him your number and a lift to his family in { $family_place }; there is no state shelter for men in
    Iraq, and he will recover better among his own people than alone among strangers tonight.
rr-ref-health =
    Send him to the hospital for a check-up tonight, and arrange the rest of the help once the judge knows
    whether he will be needed as a witness.
rr-ref-hold =
    Keep him in the border post's holding room for his own protection until the judge has heard him; it is
    the only safe place you can offer tonight.

rr-tonight = It is past midnight. Before the morning there is time for two things. What comes first?
rr-tonight-done = Stop here for tonight.
rr-tn-family =
    Ask the Asayish responsible for { $family_place } to check on his family discreetly, contacting them only
    in a way he agrees to, and to agree a safety plan with them.
rr-tn-family-call =
    Phone { $payer_his } from the office to confirm the ransom, and ask them to bring the hawala receipt in
    the morning; it will save days.
rr-tn-hawala-visit =
    Go with Captain Hiwa to the hawala office in { $hawala_city } when it opens, and ask the agent, informally,
    who collected the money.
rr-tn-numbers =
    Ask his consent to note only the numbers, dates and times of the ransom calls from his phone, in front of
    him, and record that consent.
rr-tn-charge =
    Let Captain Hiwa open the illegal crossing file after all, as a formality, so that the border police
    report is complete and he can be found later.

rr-threat-exposed =
    At seven in the morning { $man_name } asks to see you. A call came from { $payer_his }, in tears: men phoned in
    the night and said they know he is talking to the police. The family has left { $family_place } for a relative's house, and he no longer looks at you.
rr-threat-news =
    In the morning the smugglers' number calls { $payer_his } again: someone has been asking questions about the
    money. The family leaves { $family_place } in fear, and { $man_name } hears of it before you do.
rr-worry = A message from { $payer_my }: strange numbers called again last night. Please, is anyone watching them?
rr-morning-calm =
    Morning. The Asayish report that his family is safe and knows how to reach them; no one else has been
    told. { $man_name } slept for the first time in days.

rr-days = Over the next two days there is time for three more steps. Which?
rr-days-done = Stop here and write up the case for the judge.
rr-dy-hawala =
    Ask the investigative judge to order the hawala office's records of the transfer, obtained through the
    Central Bank's Anti-Money Laundering Office and, in { $hawala_city }, the Asayish.
rr-dy-calls =
    Ask the investigative judge to order the subscriber and call records of the ransom numbers from the phone
    companies, for the dates he gave.
rr-dy-call-number =
    Call the ransom number yourself from an unlisted phone, posing as the relative of another migrant, to
    find out where the farm is.
rr-dy-network =
    Share the route, the farm and the recruiter's description with the Ministry of Interior's anti-trafficking
    unit, the border police and customs: other men may still be held.
rr-dy-family-late = Ask the Asayish to check on his family now, and to agree a safety plan with them.

rr-major-witness =
    The judge can hear him tomorrow morning. With his statement we can arrest the hawala agent and the recruiter
    this week, before they move the money or the other men. Get him ready.
rr-witness = { $man_name } is exhausted, and the network knows his family. The major wants the statement tomorrow. What do you do?
rr-wit-now =
    Take him to the judge tomorrow morning, as the major asks, and have the hawala agent and the recruiter
    arrested the same day, before they can move the money or the men still on the farm.
rr-wit-ask =
    Explain both paths and their risks to him, through the interpreter, and let him decide when to give his
    statement; the judge's orders for the records go ahead meanwhile.
rr-wit-records =
    Decide that it is too soon for him: no statement for now, and the case is built on the records alone
    until he has recovered.
rr-wit-condition =
    Tell him that IOM's accommodation and his family's protection can only continue if he gives his statement
    tomorrow morning.

rr-reprisal =
    The arrests are made the next day. That evening { $payer_his } gets a call: the network knows who spoke. The
    family leaves { $family_place } at night, and { $man_name } asks you whether it was worth it.
rr-arrests =
    The judge hears him the next morning. He is tired, and his account has gaps that the defence will use.
    The agent and the recruiter are arrested the same day; his family, protected by the Asayish, hear it from you.
rr-man-agrees = If my family is safe, I will tell the judge. Not tomorrow. Give me two days, and an interpreter I can trust.
rr-statement-prep = The judge agrees to hear him in two days. How is the statement arranged?
rr-st-protected =
    Before the judge in chambers, with a trained interpreter and an NGO support worker, his family's address kept
    out of the shared file as far as the law allows, each measure agreed with him.
rr-st-confront =
    Ask the judge to hold a confrontation between him and the hawala agent, so that the judge can compare their
    two accounts face to face and settle, once and for all, who collected the ransom money.
rr-st-post =
    Record his statement yourself at the post and send it to the judge, to spare him the court and the long
    journey to Sulaymaniyah.
rr-man-wants-wait = Not now. Not while they can reach my family. Maybe later. I am sorry.
rr-wait-response = { $man_name } does not want to testify yet. What do you do?
rr-wait-respect = Accept it. Tell him the door stays open, give him your number and the IOM caseworker's, and go on with the records.
rr-wait-summon =
    Ask the investigative judge to summon him as a witness anyway; the case is strong now, and the law obliges
    a witness to attend when summoned.
rr-wait-record = Ask him to record a short account at the post now, just for the file, in case he changes his mind later.

## Endings

rr-end-protected =
    { $man_name } is in safe accommodation arranged through IOM, with health care, psychosocial support and
    legal aid. His family is safe under a plan agreed with the Asayish. The records obtained through the
    investigative judge trace the ransom to the network, so the case does not rest on his word alone.
rr-end-partial =
    { $man_name } has safe accommodation and help, but the case has gaps: evidence that was not secured, trust
    that was not built, or a family that was never protected. Look at the debrief to see what was missed.
rr-end-family-fled =
    The case goes on, and { $man_name } has help. But his family had to leave { $family_place } after threats
    that the investigation itself set off. Look at the debrief to see which step came too early or too late.
rr-end-unsupported =
    { $man_name } goes back to a family the network knows, without safe accommodation or support. The case
    against the people who held him has little to stand on, and he has no reason to trust the police again.
rr-end-charged =
    { $man_name } is charged with illegal crossing and smuggling. A man held for ransom and forced to work is
    treated as one of the smugglers, and the network that held him is not investigated.
rr-end-held =
    { $man_name } spends days in the holding room "for his protection", and stops answering questions. A possible
    victim has been detained, and whatever he says now is said as a prisoner.
rr-end-family-harmed =
    Within hours the network knew that he was talking to the police. It threatened { $payer_his }, and the family
    fled { $family_place }. { $man_name } withdraws his account to protect them, and the case stops there.
rr-end-compromised =
    { $man_name } spoke under pressure. The investigative judge gives his account little weight, the defence will
    call it forced, and he no longer trusts anyone from the police.
rr-end-conditional =
    He gave his statement because his help depended on it. The defence shows it, the judge weighs it accordingly,
    and { $man_name } has learned that help from the police has a price.
rr-end-withdrawn =
    { $man_name } stops answering and asks to go. He will not speak to the police again, and what happened on
    the farm stays with him.
rr-end-unidentified =
    { $man_name } goes home with a warning. No one asked what happened across the border. The network still knows
    his family, and the next man will be held on the same farm.

## Feedback

rr-fb-first-open =
    Non-punishment: smuggling can turn into trafficking on the way, through ransom and forced labour. Until you
    know which, he is a possible victim: the facts are recorded, he is not charged, and his basic needs come first.
rr-fb-first-suspect =
    Non-criminalisation of smuggled migrants: an interview under caution tells him he is the offender. A migrant
    is not prosecuted for having been smuggled, and a man held for ransom says little to someone who treats him
    as one of the smugglers.
rr-fb-first-charge =
    Non-criminalisation of smuggled migrants: he is charged for the crossing before anyone asked what happened to
    him. A possible victim of trafficking is now a defendant, and the network that held him is not investigated.
rr-fb-first-release =
    Vulnerable situations: men are often not identified as victims, because no one asks them. Released with a
    warning, he goes back to a family the network knows, and what happened on the farm is never heard.
rr-fb-interp-roster =
    Interpreters: a trained interpreter, checked for dialect and for ties to his community or the route, and
    briefed on confidentiality, is the condition for an account that a court can rely on.
rr-fb-interp-guard =
    Neutral interpretation: the officer who caught him and wants him charged is not neutral, and he speaks the
    language only a little. He will shade the questions and the answers, and the man will not speak freely.
rr-fb-interp-cotraveller =
    Neutral interpretation: a man caught on the same path may work for the same network. Everything said tonight,
    including where his family lives, can reach the smugglers by morning. Never use a co-traveller.
rr-fb-interp-sorani =
    Vulnerable situations: { $man_language } is not Sorani. In a language he only half follows, details are lost
    and he agrees to things he did not understand. Check the language and the dialect, and call an interpreter.
rr-fb-room-office =
    Gender of interviewer: a private room, no weapon in sight, food, and a real choice of who leads the interview.
    A man, too, may find it easier to speak to a man, or to a woman; being asked gives him some control back.
rr-fb-room-holding =
    Confidentiality: a guard at the door hears everything, and the holding room tells him he is a prisoner. He will
    keep back whatever shames or endangers him.
rr-fb-room-tomorrow =
    Non-punishment: a night in a holding room is detention, however kindly meant. Rest matters, but a possible
    victim rests somewhere safe, not behind a locked door.
rr-fb-explain-full =
    Informed consent: he knows who you are, where his words may go, that he controls the pace and that help is not
    a reward. Promising that no one calls his family without him is the first step of his safety plan.
rr-fb-explain-must =
    No coercion: the threat of prison for the crossing turns a possible victim into a frightened suspect. What he
    says now is said under pressure, and the investigative judge can give it little weight.
rr-fb-explain-short =
    Engage and explain: he does not know who you are, what happens to his words, or that he may stop. Without that,
    every later answer rests on guesswork.
rr-fb-explain-promise =
    Make no promises you cannot keep: prosecution is for the investigative judge to decide, and his family's
    protection depends on the Asayish. A promise that fails later destroys the trust it bought tonight.
rr-fb-q1-invite =
    Account: free recall comes first. An open invitation lets him choose where to start and what matters, and
    gives the fullest and most accurate account.
rr-fb-q1-payment =
    Account: a fair directive question about something he mentioned, but it narrows the account to the money
    before he has told it in his own words. Free recall first, then questions.
rr-fb-q1-held =
    Account: a yes-or-no question gets a yes or a no. You learn one word about being held, and nothing about how.
rr-fb-q1-guide =
    Account: the question assumes he is a smuggler and presses for an admission. He may agree to end the pressure,
    and a suggested "admission" can then be used against a victim.
rr-fb-q2-days =
    Account: an invitation to describe an ordinary day brings the facts of forced labour (the hours, the food,
    the locks, who gave orders) in his own words, without putting any in his mouth.
rr-fb-q2-calls =
    Account: a directive question about something he mentioned. The calls are where the case can be corroborated:
    numbers, times and words that phone records can confirm.
rr-fb-q2-locked =
    Account: two yes-or-no questions in one. He answers the easier one, and you do not know which.
rr-fb-q2-kill =
    Account: the threat to his family is the most important fact for their safety, and you have just supplied it.
    If he repeats it, no one can tell whether it was said to him or put to him.
rr-fb-shame-crime =
    Trauma-informed contact: men often do not see themselves as victims, and shame keeps them silent. Naming what
    happened as a crime against him, without blame, is what lets him go on.
rr-fb-shame-consent =
    Consent is irrelevant: once he was held and made to work under threat, whether he "agreed" to the farm work
    does not matter in law. Asking feeds his shame and the smugglers' version.
rr-fb-shame-strong =
    Vulnerable situations: "be strong" tells him that his fear is weakness. Men hold back exactly what they are
    ashamed of, and the account stops here.
rr-fb-shame-move-on =
    Do not re-traumatise: brushing aside what he has just said tells him it does not matter. Acknowledge it first;
    the facts come more easily after.
rr-fb-stop-respect =
    Informed consent: he has the right to stop, and using it costs him nothing. Ending calmly, with the next steps
    explained, keeps him willing to talk another day.
rr-fb-stop-break =
    Trauma-informed contact: a real break, with the choice left to him, respects his request. Be ready to stop
    completely if that is his answer.
rr-fb-stop-press =
    No coercion: he said he cannot go on. Pressing for names now makes the rest of the interview coerced, and he
    stops trusting anyone from the police.
rr-fb-close-summary =
    Closure: a summary he can correct makes the record his own, and asking how his family should be reached makes
    him part of his own safety plan.
rr-fb-close-sign =
    Legal safeguards: a statement he cannot read, typed by the officer who wants him charged, is not his account.
    His signature on it helps no one and can later be used against him.
rr-fb-close-abrupt =
    Closure: ending without a summary or next steps, and sending him back to the holding room, leaves him not
    knowing whether he is a witness or a prisoner.
rr-fb-ref-men =
    Unconditional assistance: the shelters of the Ministry of Labour and Social Affairs and the services of the
    Directorate of Combating Violence against Women are for women and children. For a man, IOM or a partner NGO
    arranges safe accommodation. Help is a right, not a reward for testimony.
rr-fb-ref-home =
    Risk assessment: the network told him it knows where his family lives. Sending him there tonight puts him back
    in its reach; and "no shelter for men" does not mean no help: IOM and NGOs arrange it.
rr-fb-ref-health =
    Unconditional assistance: a health check is right, but waiting to see whether he is "needed" makes the rest of
    his help depend on the case.
rr-fb-ref-hold =
    Non-punishment: a holding room is detention, whatever the reason given. A possible victim is not locked up for
    his own protection.
rr-fb-tn-family =
    Risk assessment: the network knows his family and told him so. Protecting them first, through the Asayish and
    in a way he agreed to, is what makes every later step safe.
rr-fb-tn-family-call =
    Confidentiality: his family's phone is the one the smugglers call. A call from the police tells the network he
    is talking, and puts his family in danger tonight.
rr-fb-tn-hawala-visit =
    Corroboration: hawala records are evidence only when obtained lawfully. An informal visit warns the agent, the
    ledger can disappear, and with his family unprotected the network hears of it before they are safe.
rr-fb-tn-hawala-visit-safe =
    Corroboration: hawala records are evidence only when obtained lawfully. His family is protected, but an informal
    visit warns the agent, and the page that shows who collected the money can disappear.
rr-fb-tn-numbers =
    Digital evidence: specific, recorded consent, limited to the numbers and times of the ransom calls, and no
    blanket copy of his phone. The investigative judge can now order the records.
rr-fb-tn-charge =
    Non-criminalisation of smuggled migrants: a "formality" is a criminal file against a possible victim. It tells
    him what the police think of him, and it follows him to court.
rr-fb-dy-hawala =
    Corroboration: the money went through a licensed business, and only the investigative judge, with the
    Anti-Money Laundering Office and the Asayish, can open its records lawfully. The transfer and the collector
    can then be proved without resting on his word.
rr-fb-dy-hawala-late =
    Corroboration: the order comes after the agent was warned. The Anti-Money Laundering Office finds the transfer,
    but the ledger page that showed who collected the money is gone.
rr-fb-dy-calls =
    Digital evidence: with the numbers he gave by consent and the investigative judge's order, the records show who
    called his family, when, and from where.
rr-fb-dy-call-number =
    Do no harm: a stranger calling the ransom number tells the network that someone is on its trail. The numbers go
    dead, and his family, still unprotected, are the first to be asked who talked.
rr-fb-dy-call-number-safe =
    Do no harm: a stranger calling the ransom number tells the network that someone is on its trail. His family is
    protected, but the numbers go dead and the network changes its phones: the lead is lost.
rr-fb-dy-network =
    Referral and coordination: other men may still be on that farm. The anti-trafficking unit, the border police and
    customs can act on the route and the crossing point; your case is one part of a network.
rr-fb-dy-family-late =
    Risk assessment: protecting his family is right, but it comes a day late, and it costs a step. The network had a
    night in which to reach them.
rr-fb-wit-now =
    Do no harm: speed has a real value here, since money and people can move. But a hurried statement from an
    exhausted man, while the network can still reach his family, trades their safety for the case.
rr-fb-wit-ask =
    Respect his own assessment: he knows the risk to his family better than anyone. His choice may slow the case,
    and it is still the right way: a witness who chose to testify holds to it.
rr-fb-wit-records =
    Respect his own assessment: protecting him is right, but deciding for him takes his voice away. Ask him; he may
    want to testify, and the records alone may not be enough.
rr-fb-wit-condition =
    Unconditional assistance: making his accommodation and his family's protection depend on testifying turns help
    into pressure. His statement is given under duress, and the defence will say so.
rr-fb-st-protected =
    Data protection: a statement recorded before the investigative judge can carry the case even if he later leaves,
    and keeping his family's address out of the shared file protects them from the network.
rr-fb-st-confront =
    Do no harm: facing a member of the network that threatened his family puts him and them at risk, and the fear
    shows in his account. Corroborate with the records instead.
rr-fb-st-post =
    Put the information to good use: a police record is not a statement before the investigative judge. It carries
    less weight in court, and he may have to tell it all again.
rr-fb-wait-respect =
    Respect his own assessment: his refusal is about his family's safety, and he is right to weigh it. The case goes
    on with the records, and his help stays the same.
rr-fb-wait-summon =
    No coercion: a summons he did not want, while his family is at risk, forces the interview in another form. What
    he says under it is worth little and costs him much.
rr-fb-wait-record =
    Respect his own assessment: "just for the file" is still a statement he said he did not want to give. It is
    pressure, gently put.
