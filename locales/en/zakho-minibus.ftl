# Scenario: zakho-minibus
# Arguments every message receives (from the two picks):
#   $woman, $woman_age: the young woman (always a woman);
#   $teen_a, $teen_a_gender ("male" or "female"), $teen_a_age: the older teenager, whose age is in doubt;
#   $teen_b, $teen_b_gender, $teen_b_age: the younger teenager;
#   $teens: "male", "female" or "mixed" (the two teenagers together, for dual forms);
#   $man: the man travelling with them (always a man);
#   $country, $hometown, $language, $crossed_from;
#   $relative ("their uncle Hesen", ...) and $relative_name ("Hesen", ...): the family in Erbil (always a man);
#   $job: the work offered in Erbil; $amount: the fee paid (smuggling) or the debt claimed (trafficking);
# and every variable: $trust, $exploitation_planned ("true" when the journey is trafficking),
# $minor_presumed, $case_damaged, $hub_turns, $no_lead, $screening, $shared_widely,
# $leaky_interpreter, $relative_called, $thin_case, $open_case, $retold, $statement_later, $phone_sealed.

## Library and briefing

zm-title = The minibus at Zakho
zm-summary =
    A minibus has been stopped at the joint checkpoint of police, Asayish and customs on the road from the
    Ibrahim Khalil crossing to Zakho. A man travelling with a young woman and two teenagers speaks for all
    three, who crossed the border without documents. You are the duty investigator of the Combating Organized
    Crimes Directorate office in Zakho (KRG Ministry of Interior), working under the investigative judge.

    The same stop can be migrant smuggling or trafficking in persons. What you find out, and how, decides which.
zm-objective-elements =
    Tell smuggling (consent, payment, a crime against the state) from trafficking (an act, a means and a
    purpose of exploitation, under Law No. 28 of 2012 and the Palermo Protocol), and keep both open until the
    elements are established.
zm-objective-non-punishment = Do not punish the travellers for irregular entry (Smuggling Protocol, article 5).
zm-objective-separate = Separate the travellers from the man safely, before anyone questions them.
zm-objective-coordination =
    Agree who leads among police, Asayish and customs, under the investigative judge, and share on a
    need-to-know basis.
zm-objective-interpreter = Choose a neutral, qualified interpreter.
zm-objective-child = Presume a minor when age is uncertain, and involve child protection.
zm-objective-referral = Refer the travellers to help that does not depend on their testimony.
zm-content-note =
    This scenario concerns migrant smuggling and possible trafficking for labour exploitation of a young
    woman and two teenagers, with a debt for the journey and phones taken. It contains no descriptions of
    violence.

## Cast

zm-cast-woman = { $woman }
zm-cast-teen = { $teen_a }
zm-cast-man = { $man }
zm-cast-asayish = Captain Kawa Sindi, Asayish
zm-cast-customs = Inspector Nazê Omer, customs
zm-cast-colleague = Lieutenant Hêvî Sleman, your unit
zm-cast-interpreter = The interpreter (by phone)

zm-name-rojin = Rojin
zm-name-dilovan = Dilovan
zm-name-nesrin = Nesrin
zm-name-sherwan = Sherwan
zm-name-hesen = Hesen
zm-name-maryam = Maryam
zm-name-zahra = Zahra
zm-name-parisa = Parisa
zm-name-jawid = Jawid
zm-name-karim = Karim
zm-name-ayesha = Ayesha
zm-name-bilal = Bilal
zm-name-hamza = Hamza
zm-name-tariq = Tariq
zm-name-imran = Imran

zm-country-syria = Syria
zm-country-afghanistan = Afghanistan
zm-country-pakistan = Pakistan
zm-town-qamishli = Qamishli
zm-town-herat = Herat
zm-town-lahore = Lahore
zm-lang-kurmanji = Kurmanji
zm-lang-dari = Dari
zm-lang-urdu = Urdu
zm-from-syria = from Syria, across the Tigris
zm-from-turkey = from Turkey, over the mountains
zm-rel-uncle = their uncle Hesen
zm-rel-husband = her husband Karim
zm-rel-brother = their older brother Imran
zm-job-kitchen = restaurant kitchen
zm-job-salon = beauty salon
zm-job-bakery = bakery

## How the young woman seems, in words

zm-cue-trust = How far { $woman } trusts you
zm-cue-trust-closed = Closed: watches the door, answers in single words
zm-cue-trust-wary = Wary: answers, but looks to the others first
zm-cue-trust-opening = Opening up: speaks in longer sentences
zm-cue-trust-open = Open: tells you things you did not ask, and asks what will happen

## Evidence, details and agencies

zm-ev-man-phone = The man's phone, sealed at once and examined under the investigative judge's order (custody record, forensic image with hash)
zm-ev-man-phone-unlawful = The man's chats, read at the checkpoint without the judge's order
zm-ev-crossing-records = Customs records of the minibus at the checkpoint and its passengers
zm-ev-asayish-record = What the Asayish hold on the man's name and number, shared on a need-to-know basis
zm-ev-man-statement = The man's statement, taken after he was told his rights
zm-ev-teen-account = { $teen_a }'s short account, given with a child protection social worker present

zm-detail-phones = That the man took the travellers' phones and papers
zm-detail-phones-weak =
    PEACE (account): the phones and papers first came from your question, not from { $woman }. Whatever
    the truth, her "yes" cannot carry that fact now; ask what happened at the border, in her own words.
zm-detail-paid = That the travellers paid the man and came of their own free will
zm-detail-paid-weak =
    PEACE (account): the payment and the free choice first came from your question. A tired, frightened
    person agrees with the officer; her "yes" cannot tell smuggling from trafficking.

# agency-investigative-judge is in ui.ftl; agency-dcvaw is defined in phone-evidence.ftl (shared id).
agency-krg-anti-trafficking = Anti-trafficking section, Combating Organized Crimes Directorate (KRG Ministry of Interior)

## The stop

zm-arrival =
    Late afternoon at the joint checkpoint on the road from the Ibrahim Khalil crossing to Zakho, where police,
    Asayish and customs work side by side. A minibus has been stopped with a driver and four passengers: a man
    in the front seat, and behind him { $woman }, a young woman, with two teenagers, { $teen_a } and { $teen_b }.
    The three are from { $hometown }, in { $country }, and have no documents.

    You are the duty investigator of the Combating Organized Crimes Directorate office in Zakho. The Asayish
    captain has called you over.
zm-asayish-report =
    The man paid the driver for all four. He says they crossed { $crossed_from } last night and that he is
    taking them to Erbil. None of the three has said a word; he answers every question for them. He says
    { $teen_a } is eighteen.
zm-asayish-report-b =
    The driver picked them up at a village near the border this morning; the man arranged it and paid. They
    crossed { $crossed_from }, he says. The three have no papers at all. He insists { $teen_a } is eighteen,
    and he wants to go on before dark.
zm-man-speaks =
    They are with me. I am a friend of their family and I am responsible for them. They are tired and they
    do not speak Arabic, so ask me whatever you need. { $teen_a } is eighteen. Their people are waiting in
    Erbil; let us go on.
zm-man-speaks-b =
    There is no problem here. Their family asked me to bring them; I have known them since they were small.
    They are shy with strangers. Ask me, I will answer for them. We need to be in Erbil tonight.

zm-separate = The man stands between you and the three travellers. What do you do first?
zm-sep-safe =
    Ask the man to wait in the Asayish office with an officer, and take the three together to the customs
    rest room with Lieutenant Sleman, saying they are not in trouble.
zm-sep-together =
    Sit all four down together in the minibus and question them there, so that you can compare their answers
    with his at once, while everything is still fresh in their minds.
zm-sep-handcuff =
    Handcuff the man where the three can see it, so that they know he can no longer harm them, then take
    them inside to a separate room.
zm-sep-minibus =
    Leave the three in the minibus with the driver and the heater on, and question the man in the office
    first, while he is still willing to talk.
zm-together =
    They are fine, I told you. Ask me. (He answers every question before they can. { $woman } watches his
    face before each nod, and the teenagers say nothing. You move them to another room after ten minutes,
    but he has heard every question, and they know it.)

zm-interpreter =
    { $woman } speaks { $language } and very little Arabic; { $teen_b } speaks only { $language }. How will
    you communicate with them?
zm-int-roster =
    Call a trained { $language } interpreter from the court's roster in Duhok or IOM's line, who had no part
    in the stop; check the dialect, ask { $woman } whether she prefers a woman, and brief on confidentiality.
zm-int-driver =
    Accept the driver's offer to phone a man in Zakho who speaks { $language } and often interprets for
    travellers at this checkpoint; he can be here in ten minutes, which saves the long wait for the court's interpreter.
zm-int-man = Let the man interpret, since he speaks { $language } and Arabic and the three seem to trust him.
zm-int-teen =
    Ask { $teen_a }, who picked up some Arabic on the journey, to interpret for { $woman } and { $teen_b };
    it keeps the conversation within the family and avoids bringing in a stranger.
zm-interpreter-ready =
    I am on the line from Duhok. I will interpret everything that is said, completely and in the first
    person, and add nothing of my own; nothing said here leaves this room. { $woman } says she understands my
    dialect, and that she is glad the interpreter is a woman.

zm-age =
    The man insists that { $teen_a } is eighteen. { $teen_a_gender ->
        [male] He looks about fifteen
       *[other] She looks about fifteen
    }, and there is no document. What do you do?
zm-age-presume =
    Treat { $teen_a } as a child until the age is assessed: inform child protection in Duhok, keep { $teen_a_gender ->
        [male] him
       *[other] her
    } with { $woman }, and let no one question { $teen_a_gender ->
        [male] him
       *[other] her
    } without a social worker.
zm-age-accept =
    Record { $teen_a } as eighteen, as the man says: there is no document to show otherwise, nobody can prove
    the age tonight, and it avoids holding the whole group up for an assessment.
zm-age-xray =
    Send { $teen_a } to the hospital in Zakho for an X-ray of the wrist, to settle the age before anything
    else is done with the group.
zm-age-sister =
    Ask { $woman } how old { $teen_a } really is, and record the age she gives, since she knows { $teen_a_gender ->
        [male] him
       *[other] her
    } best.

zm-lead =
    So who takes this? The Asayish want it as a border case, we have the vehicle, and you are here for the
    people. And what do we tell each other?
zm-lead-unit =
    Agree that your unit leads, under the duty investigative judge; ask the Asayish what they hold on the man,
    and customs for the minibus's records; keep the travellers' names and statements in your file, shared only as the case needs.
zm-lead-asayish =
    Let the Asayish take the lead, since an irregular border crossing is a security matter for them; they
    can screen the three first and pass the file to you afterwards.
zm-lead-group =
    Open a group chat for the three agencies at the checkpoint and post everything there as it comes in, with the
    travellers' names, photos and what each of them says, so that no officer on any shift works without the full picture.
zm-lead-each =
    Let each agency send its own report to its own headquarters today, and settle who leads tomorrow, once
    the headquarters have read the reports.

## The first hour

zm-first-hour =
    The three travellers are resting apart from the man, with Lieutenant Sleman nearby. The man waits in the
    Asayish office with an officer; { $phone_sealed ->
        [true] his phone is now in an evidence bag.
       *[other] he still has his phone.
    } The driver wants to leave. In the first hour there is time for three steps. What do you do?
zm-first-hour-done = Stop here and start the interview with { $woman }.
zm-h-phone =
    Ask the man to hand over his phone, seal it in an evidence bag with a custody record, and ask the duty
    investigative judge by phone for an order to examine it.
zm-h-customs = Ask customs for their records of this minibus at the checkpoint and of the passengers it carried.
zm-h-asayish =
    Ask the Asayish what they hold on the man's name and phone number, giving them those two details and
    nothing about the three travellers.
zm-h-teen =
    Talk briefly with { $teen_a } in a child-friendly way, with the child protection social worker present and
    { $woman } close by, about how the journey was arranged.
zm-h-man =
    Question the man in a separate room after telling him his rights, including the right to a lawyer, and
    record what he says about the three and the journey.
zm-h-relative = Phone the relatives in Erbil whose number the man gave, to check whether his story holds.
zm-h-open-phone =
    Take the man's phone and read his chats now, before he can delete anything; the judge's order can follow
    later, once you know what is there.

zm-phone-late =
    { $no_lead ->
        [true] Nobody could tell the judge's clerk which agency leads the case, and the order took an hour to come.
       *[other] The judge's order came through, but the man had kept his phone all this time.
    } The chat app was emptied twenty minutes ago, and his last call was to a number in Erbil that is now
    switched off. The phone is sealed and will be imaged; the laboratory may recover part of what was deleted.
zm-phone-t =
    The phone was sealed before he could touch it again, and the judge's order came within the hour. Under
    the order, the examiner found a chat with a contact saved as "Hajji" in Erbil: "three new ones, keep
    their phones and cards", and "each owes { $amount }, they work it off at the { $job }". The phone is
    imaged, with a hash and a custody record.
zm-phone-s =
    The phone was sealed before he could touch it again, and the judge's order came within the hour. Under
    the order, the examiner found a chat with { $relative } in Erbil: the fee, { $amount } dollars for the
    three, half paid and half "when they are with me", and a location pin for a house in Erbil. Nothing about
    work or a debt. The phone is imaged, with a hash and a custody record.
zm-customs-result =
    We have this minibus at this checkpoint five times in two months, each time coming from the villages near
    the border with passengers who had no documents and were released to "relatives". This man was with them
    twice.
zm-asayish-t =
    That number came up last year: two young women brought from the border to Erbil "for work". They were
    later found in a house there, working without pay to clear a debt for the journey. Nobody was charged;
    the women were sent back before they could testify.
zm-asayish-s =
    That number is known to us. He has guided people from the border to Erbil for money for years. We have
    nothing on him holding or harming anyone: the people he brings go to their families, and he goes home.
zm-teen-t =
    I am { $teen_a_age }. He told us to say eighteen. At the border he took our phones, and my sister's card
    too, so the police would not find us. He says we will live at his cousin's place and work at the { $job }
    until the road is paid. I want to go to school.
zm-teen-s =
    I am { $teen_a_age }. He told me to say eighteen, so that nobody would take me away from my sister.
    { $relative_name } paid for the road; he is waiting for us in Erbil, and I will go to school there. Can I
    call him? My phone is in my bag.
zm-man-t =
    I am helping them, that is all. I found them work; since when is that a crime? Where they will stay is my
    cousin's business, not yours. Their phones are safe with me; they would only lose them.
zm-man-s =
    All right. I am paid to bring people from the border to Erbil. The family pays half before and half when I
    hand them over, and then I go home. Nobody is forced. { $relative_name } is waiting for them; here is his
    number.
zm-relative-t =
    A man answered, asked twice who was calling, and hung up. The number is switched off now. If he was
    waiting for them, he knows the police have them.
zm-relative-s =
    { $relative_name } answered at once, frightened, and is already driving from Erbil to collect them. He
    wants to know why the police have them. Nobody asked { $woman } before her family was told where she is.
zm-open-phone =
    You scroll through his chats and photos: names, amounts, a location in Erbil. But none of it was taken
    under the judge's order. His lawyer will say the phone was opened and altered at the checkpoint, and the
    court may refuse all of it.

## The interview

zm-screened =
    The Asayish kept the three for an hour of security questions before you could see them. { $woman } has
    already told her story twice, to men in uniform, and has asked whether they are being sent back.
zm-explain = { $woman } sits in a quiet room with the interpreter on the line. Before any questions, what do you tell her?
zm-exp-full =
    Who you are and why you are talking; that none of them is in trouble for crossing; that what she says may
    go to the investigative judge; that she may refuse, pause or stop; and that help does not depend on answering.
zm-exp-promise =
    That if she tells you the whole truth about the man, you will make sure that none of the three is ever sent
    back to { $country }, whatever happens with the case, whatever the judge decides, and however long it all takes.
zm-exp-must = That she must answer every question fully, or the three will be held as irregular migrants.
zm-exp-skip =
    Nothing yet: she looks exhausted, so you skip the explanations and go straight to the questions, so that
    she can rest sooner.

zm-q1 = How do you begin?
zm-q1-invite = "Tell me about the journey, in your own words, from the day you decided to leave { $hometown }."
zm-q1-friend = "Is this man really a friend of your family? A yes or a no is enough for now."
zm-q1-phones = "He took your phones and your papers at the border, didn't he?"
zm-q1-paid = "You paid him and came because you wanted to, so he is only your guide. Isn't that right?"
zm-free-t =
    A woman in { $hometown } told my mother there was work for me at a { $job } in Erbil, and school for the
    young ones. She said a man would bring us and the journey was free; we would pay later, from my wages. We
    agreed. We walked across at night, and this man met us on this side.
zm-free-s =
    We decided together, with my family. { $relative_name } lives in Erbil; he has work and a residence card.
    We paid a man in { $hometown } to bring us across, and this man takes us from the border to Erbil. We
    crossed at night. We knew it was not allowed.
zm-echo-phones = Yes… the phones. He keeps things for us until Erbil. Yes, like you said.
zm-echo-paid = Yes. We paid. It is only a journey to Erbil, like you said.
zm-guarded = He is a friend of our family. We are going to our people in Erbil. Please, we only want to go on.
zm-guarded-b = Everything is fine. He is helping us. When can we go on to Erbil?

zm-q2 = What do you ask next?
zm-q2-directive = "You said you are going to Erbil. Who is waiting for you there, and what was agreed for when you arrive?"
zm-q2-invite = "Take your time. Tell me more about this man, from when you first met him until now."
zm-q2-owe = "Do you owe him money? Just yes or no."
zm-q2-liar = "I think you are lying to protect him. Tell me the truth now, or I cannot help you."
zm-key-t =
    At the border he took our phones and my card, "so the police would not find us". Today he said the
    journey cost { $amount } dollars for each of us; it was not free. We will live at his cousin's place and
    work at the { $job } until it is paid, and he keeps the wages. I do not know the address. Nobody spoke of a
    debt when we agreed.
zm-key-s =
    Our phones are here; he told us to switch them off at checkpoints. My family paid { $amount } dollars for
    the three of us, half before and half when { $relative_name } meets us, and then he goes back. He told us
    to let him talk, so that we would not be sent back. You can call { $relative_name }.
zm-vague = I do not know. He said everything is arranged. In Erbil we will see.
zm-vague-b = Please, I am tired. He said we should not worry about anything.

## The classification, and what happens to the man

zm-classify =
    The duty judge wants to hear from us before the evening. How do we put it to the judge, and what happens
    to the man?
zm-class-trafficking =
    Trafficking in persons under Law No. 28 of 2012, as an act, a means and a purpose: ask the judge to order
    the man's arrest on that charge, and identify the three as presumed victims.
zm-class-smuggling =
    Smuggling of migrants, since they agreed and paid and it ends on arrival: the man before the judge for it,
    the three recorded as smuggled migrants who are not charged, the indicators noted.
zm-class-open =
    Not established yet: ask the judge to hold the man on what is shown while your anti-trafficking section
    looks for a means and a purpose; protect the three as possible victims meanwhile.
zm-class-punish =
    Put the three travellers' irregular entry in the same file as the man's offence and send all four to the
    residency office, so that the judge sees the whole picture in one place and nothing is left out of the record.

## Referral and record

zm-referral = Before night falls, what do you arrange for the three?
zm-ref-needs =
    Ask each of them what they need, and arrange it without conditions: child protection and a guardian for the
    teenagers, health care, legal aid, IOM, and a safe place for { $woman } if she wants one.
zm-ref-conditional =
    Tell { $woman } that a safe place for her through the Directorate of Combating Violence against Women, and care
    and a guardian for the teenagers, will be arranged as soon as she signs a statement against the man before the judge.
zm-ref-relative =
    Release the three to the relative in Erbil whose number the man gave, so that the family stays together and
    they do not have to spend the night at the checkpoint.
zm-ref-ngo =
    Give { $woman } the address of an NGO in Duhok that helps migrants, and let the three go on their way; the
    NGO can do more for them than the police can.

zm-record = Last: what do you record, and who hears what?
zm-rec-judge =
    Have { $woman } give her statement to the investigative judge today, with the same interpreter, so it stands if
    they move on; keep names out of the checkpoint log; give the Asayish and customs only what they need.
zm-rec-log =
    Write the full account, with names and photos, into the joint checkpoint log, so that every police, Asayish
    and customs shift can follow the case.
zm-rec-retell =
    Ask { $woman } to tell her account once more to the Asayish captain and to the customs inspector, so that
    each agency has it first-hand.
zm-rec-later =
    Keep today's file short and accurate: record the stop, the classification and who was referred where, and
    leave the full statements for the Duhok office to take next week, when the three have rested and the interpreter can come in person.

## Feedback

zm-fb-sep-safe =
    Do no harm: the man speaks for them, so treat him as a possible controller until you know otherwise.
    Separating them calmly, keeping the three together and telling them they are not in trouble protects them
    in either case, smuggling or trafficking.
zm-fb-sep-together =
    Do no harm: questioning them in front of the man exposes them to the person who may control them. Whatever
    they say now, they say to him, and he has heard every question you will ask.
zm-fb-sep-handcuff =
    Trauma-informed contact: the separation is right, but a show of force in front of them frightens the three
    and treats the man as guilty before anything is known. If he is their guide, they now fear the same; if he
    controls them, they fear what comes after.
zm-fb-sep-minibus =
    Risk assessment: the driver was paid by the man and may be part of the same arrangement. Leaving the three
    in the minibus with him, without a word of explanation, leaves them exposed and afraid while you talk to the
    man.
zm-fb-int-roster =
    Interpreters: a trained interpreter who took no part in the stop, with the dialect checked and the gender
    offered, is the basis of everything the three will say. The court's roster in Duhok and IOM's line are the
    real options at a border checkpoint.
zm-fb-int-driver =
    Neutral interpretation: a man who "often interprets for travellers at this checkpoint" and comes at the
    driver's call may work for the same people who organise the crossings. What is said may reach them, and he
    is bound by no duty of confidentiality.
zm-fb-int-man =
    Neutral interpretation: the man who may control the three cannot interpret for them. Every question and
    every answer passes through him, and nothing recorded can be trusted.
zm-fb-int-teen =
    Vulnerable situations: a possible child should not carry the interview of an adult, and a co-traveller is
    not neutral. { $teen_a } would hear everything and could not say what { $woman } wants to keep from the
    family, or from the man.
zm-fb-age-presume =
    Presumption of minority: when age is uncertain, treat the person as a child until specialists assess it.
    Child protection is informed, a social worker is present for any question, and { $teen_a } stays with { $woman }.
zm-fb-age-accept =
    Presumption of minority: the word of the man who may control them is not an age assessment. Recording a
    possible child as an adult removes the protection a child is owed, and for a child, trafficking needs no
    means at all under the Protocol.
zm-fb-age-xray =
    Informed consent: a medical examination needs separate, specific consent, with a guardian for a possible
    child, and an X-ray does not settle age. Presume a minor now; age assessment comes later, with specialists.
zm-fb-age-sister =
    Presumption of minority: { $woman } says "eighteen" and looks at the floor. She may repeat what the man told
    them to say, and she is not an age assessment either. When age is uncertain, treat the person as a child.
zm-fb-lead-unit =
    Coordination: one lead, under the investigative judge, with each agency asked for what it holds (the
    Asayish on the man, customs on the vehicle) and the travellers' identities and statements shared only as
    the case needs. This is what weak coordination at the border usually lacks.
zm-fb-lead-asayish =
    Human rights at the centre: the people in the minibus are not first a security problem. A security
    screening before anyone has asked what happened to them makes them tell their story again, to the wrong
    people, and delays their protection.
zm-fb-lead-group =
    Data protection: names, photos and statements in a group chat go wherever any member forwards them,
    including to anyone who knows the man. Sharing is on a need-to-know basis, between named people.
zm-fb-lead-each =
    Coordination: three reports to three headquarters and no lead means no one asks the investigative judge for
    anything today. The first hours are when the evidence can still be secured.
zm-fb-h-phone =
    Lawful digital evidence: sealing the phone at once stops anyone deleting its contents, and the judge's order
    makes what is found usable in court. Done first, before anything else, nothing can be lost while you work.
zm-fb-h-phone-late =
    Lawful digital evidence: sealing the phone and asking the judge for an order is right, but it came late: { $no_lead ->
        [true] with no lead agreed, no one could ask the judge at once,
       *[other] other steps came first,
    } and the man had his phone all that time. What must not disappear is secured first.
zm-fb-h-customs =
    Corroboration: the vehicle's record shows whether this is one journey or a route, and it does not rest on
    what the three say. Customs are part of the case, not only of the stop.
zm-fb-h-asayish =
    Data protection: asking the Asayish what they hold, while giving them only the man's name and number, uses
    their knowledge without spreading the travellers' identities.
zm-fb-h-teen =
    Presumption of minority: a short, child-friendly conversation with the social worker present, at the
    child's pace, with the sister close by. What { $teen_a } says may show what the journey is, without pressing
    { $woman } first.
zm-fb-h-man =
    Legal safeguards: the man is told his rights, including to a lawyer, before he is questioned. What he says
    is recorded for the judge, and he learns nothing about what the three have said.
zm-fb-h-relative =
    Confidentiality: the number came from the man. Calling it tells whoever answers that the police have the
    three, before you know who that person is, and without asking { $woman } whether her family may be told.
zm-fb-h-open-phone =
    Lawful digital evidence: a suspect's phone is examined under the investigative judge's order, and sealing it
    was enough to stop deletion. Read at the checkpoint without the order, nothing found can be relied on, and
    the case may lose it all.
zm-fb-exp-full =
    Informed consent: she knows who you are, what the information is for, that it may go to the investigative
    judge, that she may refuse, pause or stop, and that help does not depend on answering. Saying at once that
    they are not in trouble for crossing matters most here.
zm-fb-exp-promise =
    No promises you cannot keep: whether they may stay is not yours to decide. A promise tied to "the whole
    truth about the man" also makes help look like a reward for testimony.
zm-fb-exp-must =
    No coercion: a threat of detention makes her say what she thinks you want, or nothing. It is also the
    punishment for irregular entry that she must not face.
zm-fb-exp-skip =
    PEACE (engage and explain): without knowing who you are and what happens to what she says, she has no
    reason to say more than the man told her to. The explanation is short; it is what lets her rest sooner.
zm-fb-q1-invite =
    PEACE (account): an open invitation lets her tell the journey in her own order and words, and it is
    her words, not your guesses, that will show whether anyone deceived or controlled them.
zm-fb-q1-friend =
    PEACE (account): a yes-or-no question about the man gets the answer he told her to give. Ask for the
    journey first; who he is will come out of it.
zm-fb-q1-phones =
    PEACE (account): the question already contains the answer. If she says yes, you cannot know whether it is
    true or whether she agreed with an officer; and you have suggested trafficking before anything was said.
zm-fb-q1-paid =
    PEACE (account): the question already contains the answer. If she says yes, you cannot know whether it is
    true, and you have suggested smuggling, with "free will", before she has told you anything about a debt or
    a job.
zm-fb-q2-directive =
    PEACE (account): a question about what she has already said (Erbil, who waits there, what was agreed) is
    where the purpose of the journey shows: a family, or a place that someone else controls.
zm-fb-q2-invite =
    PEACE (account): a second open invitation, about the man, lets her say how he met them, what he holds and
    what he has told them, at her own pace.
zm-fb-q2-owe =
    PEACE (account): "yes or no" about a debt gets a yes or a no, and nothing about who set it, when, or what
    happens if it is not paid: the details that make a means.
zm-fb-q2-liar =
    No coercion: calling her a liar and making help depend on "the truth" is pressure, and what she says under
    it carries no weight. Early inconsistency in frightened people is common and is clarified gently, later.
zm-fb-class-trafficking-tk =
    Consent is irrelevant once a means is used: they agreed to the journey, but the debt they were never told
    about, the phones and card taken, and work they will not be paid for are an act, a means and a purpose.
    Under Law No. 28 of 2012 the judge can order the man's arrest; the three are victims, not migrants at fault.
zm-fb-class-smuggling-tk =
    Consent is irrelevant once a means is used: you had the debt, the phones and papers taken and the work
    waiting in Erbil. Calling it smuggling because they "agreed" leaves three victims free to go with no money
    and no phones, back to the people who planned their exploitation.
zm-fb-class-open-known =
    Put the information to good use: what you established was enough to classify the case. Leaving it open
    means the judge hears "not established" when it was, and the charge, the protection or both are delayed.
zm-fb-class-punish =
    Non-criminalisation of smuggled migrants: the three are not prosecuted for having been brought across the
    border, whether they were smuggled or trafficked. Putting their entry in the man's file turns the people
    the law protects into offenders, and they will not speak again.
zm-fb-class-trafficking-to =
    Corroboration: it was trafficking, but you had not established a means or a purpose: the file rests on the
    man speaking for them and a doubtful age. The judge will ask for the elements; the charge may not hold.
zm-fb-class-smuggling-to =
    Consent is irrelevant once a means is used: you had not found out whether a means was used, and here one
    was. Closing the question as smuggling, with indicators in front of you (the man answering for them, the
    age he insisted on), lets the three go back to the people waiting for them.
zm-fb-class-open-unknown =
    Know the risks: you did not establish what the journey was, and this option says so. The man is held on
    what is shown, the three are protected, and the anti-trafficking section can look for the elements you
    could not.
zm-fb-class-trafficking-sk =
    Respect their own assessment: they told you they agreed, paid and are going to family; there is no means
    and no purpose of exploitation. A trafficking charge will fall before the judge, and treating them as
    victims keeps them from their family against their clear wishes.
zm-fb-class-smuggling-sk =
    Non-criminalisation of smuggled migrants: they agreed, they paid, and it ends when the man hands them over,
    so it is smuggling, a crime against the state. The man answers for it before the judge; the three are not
    charged, and the indicators you checked are on record.
zm-fb-class-trafficking-so =
    Respect their own assessment: you had not established a means or a purpose, and here there was none: they
    were smuggled, and going to family. A trafficking label without the elements fails before the judge and
    holds them against their wishes.
zm-fb-class-smuggling-so =
    Corroboration: it was smuggling, but you had not established it; the indicators were never cleared. You
    were right by chance, and the file cannot show why trafficking was excluded.
zm-fb-ref-needs-t =
    Unconditional assistance: help follows what each of them needs and wants, not testimony. Child protection
    asks for a guardian; the Directorate of Combating Violence against Women arranges a place in a shelter of
    the Ministry of Labour and Social Affairs if { $woman } wants one; IOM and legal aid follow.
zm-fb-ref-needs-s =
    Unconditional assistance: smuggled migrants are owed protection too. Child protection checks { $relative }
    before the teenagers go to him; IOM and legal aid explain their options; { $woman } may decline a shelter,
    and that is her choice.
zm-fb-ref-conditional =
    Unconditional assistance: a safe place and care for children are not a reward for a statement. Making help
    depend on testifying is a pressure that she may give in to, or resist by saying nothing at all.
zm-fb-ref-relative-t =
    Presumption of minority: the number came from the man. "The relative in Erbil" is the person the journey
    was organised for, and the teenagers are handed over without any check, with { $woman }, to the people
    waiting to exploit them.
zm-fb-ref-relative-s =
    Presumption of minority: { $relative } may well be who he says, but children are not handed to an adult
    before child protection has checked him. This time the family was real; the next time it may not be.
zm-fb-ref-ngo =
    Coordination: an address is not a referral. Without child protection, a health check and someone who
    follows up, the three are on their own tonight, with nothing of their own.
zm-fb-rec-judge =
    Put the information to good use: a statement before the investigative judge stands even if they move on;
    the names stay out of the log; and each agency gets what it needs, and no more.
zm-fb-rec-log =
    Confidentiality: a shared log, with names and photos, is read by every shift, and it is one photo away from
    anyone who knows the man. The travellers' identities are shared on a need-to-know basis.
zm-fb-rec-retell =
    Do not re-traumatise: she has told her story; telling it again to each agency adds nothing to the case and
    costs her. Share the record, not the person.
zm-fb-rec-later =
    Put the information to good use: next week the three may be in Erbil or beyond, and the account may be lost.
    A statement before the judge today is what lets the case go on without them.

## Endings

zm-end-protected-t =
    The investigative judge in Zakho orders the man's arrest for trafficking in persons. The sealed phone leads
    your anti-trafficking section to "Hajji" and to the { $job } in Erbil where the three were to work off a
    debt they never agreed to. { $woman } spends the night in a safe place arranged through the Directorate of
    Combating Violence against Women; { $teen_a } and { $teen_b } are with child protection, and a guardian has
    been requested. Nobody is charged for crossing the border, and the statements are on record before the
    judge, so the case can go on whatever they decide next.
zm-end-protected-s =
    The man comes before the investigative judge for bringing the three across the border for money. None of
    them is charged for the crossing. Child protection meets { $relative } in Duhok and checks who he is before
    the teenagers go with him, and IOM explains to { $woman } the options for her papers. The trafficking
    indicators were examined and are recorded as not established, with the reasons. The Asayish and customs
    have what they need about the route, and nothing more.
zm-end-partial =
    The three are safe tonight, and nobody is charged for the crossing. But the file has gaps the judge will see,
    and the debrief lists them: what was not established, what was not recorded in time, who was not referred.
    { $exploitation_planned ->
        [true] The man is held, but the charge he faces may not hold.
       *[other] The man comes before the judge, but the case is weaker than it could have been.
    }
zm-end-network =
    { $exploitation_planned ->
        [true] The man is charged, but the people waiting for the three in Erbil were warned: when your anti-trafficking section reaches the address, the { $job } is closed and "Hajji" has gone. The case rests on one man and on the three travellers' word.
       *[other] The man comes before the judge, but the people who organise the crossings were warned and have changed their numbers. The three are safe; the route will be used again next week.
    } The debrief shows where the warning came from.
zm-end-damaged =
    The file reaches the investigative judge with the errors listed in the debrief. What was obtained under
    pressure, without authority or in front of the man carries little weight, and { $woman } no longer trusts
    what the police tell her. Whatever the journey was, the three are less safe than they were this morning.
zm-end-compromised =
    The man interpreted every question and every answer, and { $woman } said what he said. Nothing in the
    record can be trusted. The three leave the checkpoint with him before dark.
zm-end-overreach =
    The judge reads the file and finds no means and no purpose: the three agreed, paid, and were going to family.
    The trafficking charge falls, and the man is released on bail without the smuggling charge the facts
    supported. The three are kept in shelters "for their protection" and away from { $relative_name } for weeks,
    as witnesses, against { $woman }'s clear wishes.
zm-end-released =
    Recorded as smuggled migrants, the three are free to go, with no phones, no papers and no money. The man is
    released on bail the next day. That evening a car from Erbil collects the three from the hotel where they
    were left, and the number { $woman } was given no longer answers.
zm-end-punished =
    The residency office holds the three for irregular entry, and a removal file is opened for them. The man's
    case is a line in the same report. { $woman }, { $teen_a } and { $teen_b } were treated as offenders for
    having been brought across a border, and no one will now tell the police what the journey really was.
zm-end-handed-over =
    A car comes from Erbil within the hour, and the man who collects them is polite and in a hurry. The three are
    handed to the people the journey was organised for. The man's case is still open; the travellers are gone.
zm-end-unsupported =
    The man is held, but the three leave the checkpoint with an address and nothing else: no phones, no papers,
    no money, and no one who knows where they sleep tonight. Two days later, the NGO in Duhok has not seen them.
