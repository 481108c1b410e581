# Scenario: market-children
# Arguments every message receives: $boy_name, $boy_origin, $boy_home, $boy_language,
# $id_doc, $id_authority (all texts of this file), and the variables $trust, $distress,
# $case_damaged, $charged, $family_tipped, $promised, $family_assessed, $kin_unassessed.
# The boy is always a boy (the profiles vary his origin, home, language and card), so no
# gender select is needed for him. The trainee is not addressed with gendered forms.

## Library and briefing

mkc-title = Tissues at the market
mkc-summary =
    At a covered market in Duhok, children sell packets of tissues and beg between the stalls, and an
    adult comes by to collect their money. One boy says he is 18 and carries an identity card that says
    so, but he looks about fifteen. You lead the first contact, a child-friendly interview and the first
    steps of the investigation.
mkc-objective-minority =
    Presume a minor when age is uncertain, and have the card checked by the authority that issued it,
    not by accusing the child.
mkc-objective-interview =
    Conduct a child-friendly interview with a social worker present, open questions, and a choice of
    interviewer.
mkc-objective-non-punishment = Treat begging as a sign of exploitation, never as an offence of the child.
mkc-objective-family =
    Put the child's best interests first: do not return him to an adult or a family that may be involved.
mkc-objective-referral =
    Refer him to child protection, and coordinate with the juvenile court, the Asayish and the Directorate
    of Combating Violence against Women and Family.
mkc-content-note =
    This scenario concerns children exploited for begging, an adult who collects their money, and a
    family that may be involved. It contains no descriptions of violence.

## Cast

mkc-cast-boy = { $boy_name }
mkc-cast-collector = The man who collects the money
mkc-cast-father = The boy's father
mkc-cast-shopkeeper = Gulistan, who runs a clothes stall
mkc-cast-colleague = Sergeant Dilshad Omar
mkc-cast-social-worker = Bahar Ali, child protection social worker
mkc-cast-nasrin = Captain Nasrin Yousif

## Profiles

mkc-name-baran = Baran
mkc-name-mustafa = Mustafa
mkc-name-khairi = Khairi
mkc-origin-baran = a Syrian Kurd whose family fled to Domiz camp, near Duhok
mkc-origin-mustafa = an Arab boy from Mosul whose family came to Duhok during the war
mkc-origin-khairi = a Yazidi from Sinjar whose family lives in a camp near Khanke
mkc-home-baran = Domiz camp
mkc-home-mustafa = our street on the edge of town
mkc-home-khairi = the camp near Khanke
mkc-lang-kurmanji = Kurmanji
mkc-lang-arabic = Arabic
mkc-doc-syrian = a Syrian identity card
mkc-doc-iraqi = an Iraqi national card
mkc-authority-refugee = the refugee registration records, through the camp management and UNHCR
mkc-authority-civil = the records of the Directorate of Nationality and Civil Status

## Cues: how the boy seems, in words

mkc-cue-trust = How far the boy trusts you
mkc-cue-trust-closed = Closed: looks at his shoes, holds the tissue packets tight
mkc-cue-trust-wary = Wary: answers, but keeps looking at the door
mkc-cue-trust-opening = Opening up: talks more, and asks what will happen
mkc-cue-distress = How the boy is coping
mkc-cue-distress-calm = Calm: sits back and drinks his juice
mkc-cue-distress-tense = Tense: picks at a wrapper, answers quickly
mkc-cue-distress-high = Very upset: close to tears, wants to leave

## Evidence and details

mkc-ev-video = Video of a collection round, filmed by Sergeant Dilshad from a shop (date, time and place logged)
mkc-ev-cctv = The market's CCTV recordings of the collector's rounds, preserved at the investigative judge's request
mkc-ev-id-records = The issuing authority's answer on the identity card: it was issued to an older cousin
mkc-ev-card-seized = The identity card, taken from the boy at the market without a record
mkc-detail-card = That the man who collects the money gave him the card
mkc-detail-card-weak =
    PEACE (account): that the man gave him the card first came from your question, not from him. He
    repeated it to please you, and a court can treat it as suggested. Where the card came from must now
    be shown by the issuing authority's records and other evidence.

## Agencies this scenario adds

agency-juvenile-court = Juvenile court (investigative judge), Duhok
agency-dcvaw-duhok = Directorate of Combating Violence against Women and Family, Duhok
agency-civil-registry = Authority that issued the identity card

## At the market

mkc-arrival =
    Late morning at a covered market in the centre of Duhok. The child protection unit of the Duhok
    Directorate of Labour and Social Affairs has passed on shopkeepers' complaints: for weeks, several
    children have been selling packets of tissues and begging between the stalls, and an adult comes by
    to collect their money.

    You are the duty investigator of the Combating Organized Crimes Directorate office in Duhok. You came
    in plain clothes with Sergeant Dilshad Omar. Bahar Ali, a child protection social worker, is waiting at
    the market entrance.
mkc-shopkeeper-report =
    There are five or six of them, the youngest maybe eight. A minibus brings them at eight in the morning
    and they leave at dark. A man comes every hour or so, they give him everything, and he walks off
    towards the car park. The boy in the grey jacket is the oldest. He looks after the little ones.
mkc-shopkeeper-report-b =
    I give them bread sometimes. They are not allowed to eat until the man has been. He counts the money
    in front of them. The one in the grey jacket says he is eighteen, but look at him.
mkc-colleague-watch =
    The man has just done a round. If he keeps to his habit, he will be back in about twenty minutes. The
    children are working the lane by the road, between the cars. Bahar is ready.
mkc-first-move = The children are in the lane by the road, and the collector is due back in about twenty minutes. What do you do?
mkc-move-now =
    Step in now: walk up calmly with Bahar, crouch to the children's height, say who you are, and take them
    out of the traffic to a quiet place. The collector may see you and slip away.
mkc-move-film =
    Wait for one more round: Dilshad films the collection from inside a shop and logs the time, and the
    moment the man walks off, you and Bahar step in with the children.
mkc-move-confront =
    Go up to the man when he comes back and ask him, in front of the children, who he is and why he takes
    their money; how he answers will tell you a lot.
mkc-move-roundup =
    Call a patrol car to pick up all the children for begging and take them to the station, where it is
    easier to sort out who is who.
mkc-approach-now =
    You and Bahar walk up to the children. At the far end of the lane a man in a brown jacket sees you,
    turns, and is gone into the crowd. The children stop. The boy in the grey jacket steps in front of the
    little ones.
mkc-collection-filmed =
    Twenty minutes later the man is back. The children hand him their money one by one; he counts it and
    says something sharp to the smallest girl. From a shop doorway, Dilshad films it all. The man walks to
    a white car where two smaller children are waiting, and drives off. You and Bahar step in. The boy in
    the grey jacket steps in front of the little ones.
mkc-collector-confronted =
    Who are you? These are my brother's children, I keep an eye on them. Since when is it a crime to help
    poor people? I have work to do.
mkc-confronted-leaves =
    He walks off into the crowd, and two of the smallest children run after him. Only the boy in the grey
    jacket stays, holding the hands of two little ones.
mkc-boy-card = I am 18. I am not a child. Look, here is my card. I work, I do not beg. We did nothing wrong.
mkc-boy-card-b = I'm 18, it says so on my card. The little ones are with me. Please, we are only selling tissues.
mkc-age =
    { $boy_name } holds out { $id_doc }. The date of birth on it makes him 18. He is slight, his voice has
    not yet broken, and he looks about fifteen. What do you do?
mkc-age-presume =
    Note the card's details and hand it back, and treat him as a child until his age is established; tell
    him he is not in trouble.
mkc-age-adult =
    Accept the card: an official document says he is 18, so take him as an adult witness, note his details,
    and let the social worker deal with the younger ones.
mkc-age-confiscate =
    Keep the card, tell him it is plainly not his and that carrying someone else's identity card is an
    offence, so that he understands he has to tell the truth now.
mkc-social-worker-note =
    His name is { $boy_name }. He is { $boy_origin }. He speaks { $boy_language }, and so do I. The little
    ones are with my colleague; they are cold but fine. He keeps asking whether the man will find out that
    he talked to us.

## Preparing the interview

mkc-place = Where do you talk with { $boy_name }?
mkc-place-room =
    At the child-friendly room of the Directorate of Combating Violence against Women and Family in Duhok,
    ten minutes away, with juice and something to eat on the way.
mkc-place-station =
    In the interview room of the nearest police station: it is only five minutes away, it has a video
    recorder for the statement, and the younger children can wait with an officer in the corridor.
mkc-place-shop =
    Here at the market, in Gulistan's back room, straight away, while everything is fresh in his mind and
    before he has time to think up a story.
mkc-who-present =
    Bahar has settled the younger children with a colleague. No relative has come. Who is with
    { $boy_name } during the interview?
mkc-present-social-worker =
    Bahar, as his support person: she sits beside him for the whole interview, may ask for a break on his
    behalf, and does not ask questions herself.
mkc-present-father =
    His father, whose phone number is written on the back of the card: a minor should have a parent with
    him, and the father can also tell you the boy's real age and where he lives.
mkc-present-alone =
    No one yet: Bahar is on the phone arranging a place for the little ones, so start on your own now, before he changes his
    mind and asks to leave.
mkc-father-arrives =
    Why is my son here? He is eighteen, it says so on his card. He helps his family, that is all. Nobody
    forces him. Let him come home with me now.
mkc-interviewer =
    Captain Nasrin Yousif, a woman officer of the Directorate of Combating Violence against Women and Family
    trained in interviewing children, has come to join you. Who leads the interview?
mkc-interviewer-ask =
    Ask { $boy_name }, with Bahar's help, whether he would rather talk with you or with Captain Nasrin, and
    go with his answer.
mkc-interviewer-woman =
    Ask Captain Nasrin to lead: children usually find it easier to talk to a woman, and she is the one
    trained for child interviews.
mkc-interviewer-self =
    Lead it yourself: he has already met you at the market, and a new face now would only unsettle him;
    Nasrin can take notes.
mkc-boy-chooses =
    He wants you to ask the questions, and he wants Bahar next to him. I will sit by the door and take
    notes, if that is all right with him.
mkc-explain = Before any question about the market, what do you tell { $boy_name }?
mkc-explain-full =
    Who you are, in simple words; that he is not in trouble and will not be punished for begging; that he
    may say "I don't know", correct you or stop; and that the juvenile court judge may read what he says.
mkc-explain-promise =
    That he is safe now and nothing bad will happen to him: he will never have to go back to the man, and
    you will make sure he sleeps at home with his mother tonight, so there is nothing to be afraid of.
mkc-explain-threat =
    That he must tell the whole truth now: begging and carrying someone else's card are both offences, and
    lying to the police will only make things worse for him and for the little ones.
mkc-explain-skip =
    Nothing formal, since children do not need the legal side: tell him you are his friends, that this is
    just a chat, and start with easy questions to get him talking.

## The account

mkc-first-question = { $boy_name } is sitting with a juice in his hands. How do you begin?
mkc-q-usual-day = "Tell me about a usual day for you, from the moment you wake up until you go to sleep."
mkc-q-all-money = "Do you have to give all the money you make to that man, or can you keep some of it?"
mkc-q-man-gave-card = "That man gave you this card and told you to say you are eighteen, didn't he? You can tell me."
mkc-boy-free-account =
    We get up when it is still dark. The minibus comes to { $boy_home } at seven, and the man's driver takes
    us to the market. Each of us has to make a certain amount before evening. The man comes every hour and
    takes it. If it is not enough, he shouts and says he will tell my father. I look after the little ones;
    two of them are my cousins. We go back when it is dark.
mkc-boy-short = I sell tissues. I give the money to the man. Then we go home. That's all.
mkc-boy-short-b = We sell tissues. The man takes the money. I don't know anything else.
mkc-boy-echoes-card = Yes... the man gave me the card. Like you said. He told me to say eighteen. He takes the money, that's all.
mkc-follow-up = What do you ask next?
mkc-q-when-he-comes = "You said you give the money to the man. What happens when he comes for it?"
mkc-q-uncle = "Is that man your uncle, or some other relative of yours? Just yes or no is fine."
mkc-q-stop-pretending = "Your card says eighteen, but you are clearly younger. Stop pretending, and tell me who sent you."
mkc-boy-family-detail =
    He counts it. If it is not enough, he writes it in a notebook and says my father's debt is getting
    bigger. My father borrowed money from him when we first came here. At the end of the month the man
    gives my father money; I don't know how much. The card is my cousin's, he is older. My father gave it to
    me and said: if the police ask, say you are eighteen and they will leave you alone.
mkc-boy-guarded-2 = I don't know. Can I go now? The man will be angry if I am not back. My father will be angry too.
mkc-boy-asks-stop = Please... I'm tired. I don't want to talk any more. Can we stop?
mkc-break-decision = { $boy_name } has asked to stop. What do you do?
mkc-break-stop =
    Stop for today: thank him, tell him he did well, that he can rest with Bahar, and that the same people
    will listen if he wants to say more another day.
mkc-break-pause =
    Offer a break with something to eat, with Bahar staying beside him, and afterwards ask whether he wants
    to go on or stop for today, and do as he says.
mkc-break-press =
    Tell him kindly that you only need two more answers about the man and his car, and carry on gently while
    he is still talking, so that the whole day is not wasted.
mkc-closure = The interview is coming to an end. How do you close it?
mkc-close-summary =
    Sum up what he said in his own words, ask whether you got anything wrong or missed something, tell him
    what happens next today, and thank him.
mkc-close-after-break =
    Tell him briefly what happens next today and that Bahar stays with him, and thank him; leave the summary
    for another day.
mkc-close-thumbprint =
    Read out the written statement quickly and ask him to put his thumbprint on it now, so that the judge
    has it and he will never have to go through all this again.
mkc-close-abrupt =
    Thank him and hand him over to Bahar, who will explain the rest, and go straight to the paperwork while
    the details are fresh.

## The investigation

mkc-news-filmed =
    The video is clear: his face, the money, and the number plate of the white car. Two small children
    were waiting in the back. The car drove off towards the Zakho road.
mkc-news-gone =
    He has not come back, and the minibus did not come either. Gulistan says the market management has
    cameras over the lanes; they keep the recordings for about a week.
mkc-hub = { $boy_name } is resting with Bahar. You have time for four more steps today. What do you do?
mkc-hub-done = Stop here and decide where { $boy_name } spends the night.
mkc-act-id-check =
    Ask the investigative judge of the juvenile court to have the card checked against { $id_authority },
    and note it in the file without accusing the boy.
mkc-act-cctv =
    Ask the investigative judge for an order to preserve the market's CCTV recordings, identify the collector
    from them, and request a warrant for his arrest.
mkc-act-video-trace =
    Take Dilshad's video to the investigative judge for a warrant against the collector, and ask the Asayish
    to trace the white car and find the two small children in it.
mkc-act-family =
    Ask Bahar's team, with the child protection case management that UNICEF supports, to assess the family
    at home before anyone decides whether he can go back.
mkc-act-other-children =
    Coordinate with the Directorate of Combating Violence against Women and Family and the Asayish to protect
    the other children from the minibus, without naming { $boy_name } as the source.
mkc-act-charge =
    Open a case against the boy for begging and for carrying another person's identity card, so that the
    juvenile court can decide what to do with him.
mkc-act-call-father =
    Phone the father and ask him about the card and the man, since he will have to be told about his son
    anyway and may explain everything.

## Where he stays tonight

mkc-boy-broken-promise = You said I could go home tonight. You promised. Why are you taking me somewhere else?
mkc-boy-wish = I want to go home to my mother. The little ones need me. Please don't tell my father what I said.
mkc-placement = It is evening. Where does { $boy_name } spend the night?
mkc-place-child-protection =
    Explain honestly why he cannot go home tonight, and listen to him; refer him to child protection for a
    safe place, ask the juvenile court to appoint a guardian, and arrange a health check and psychosocial support.
mkc-place-uncle =
    Let him go to his mother's brother, who phoned Bahar and offered to take him in tonight; Bahar can visit
    the uncle's house next week to see how he is getting on.
mkc-place-home-pledge =
    Take him home and have his father sign a written pledge at the station never to send him begging again,
    so that he can stay with his mother and the little ones.
mkc-place-observation =
    Keep him tonight at the juvenile observation house until the juvenile court sits tomorrow, where he is
    safe from the man and cannot run back to the market.

## Endings

mkc-end-protected =
    { $boy_name } spends the night in a child protection placement. A guardian is being appointed, and a
    case manager will see him tomorrow. His family is being assessed before any return. The collector is
    identified, the investigative judge has the evidence, and the case does not rest on a child's word
    alone. The other children from the minibus are next.
mkc-end-partial =
    { $boy_name } is safe tonight with child protection services. But the case has gaps: the collector may
    not be identified, the family's role is not yet assessed or already warned, or the boy has stopped
    trusting the people around him. Look at the debrief to see what was missed.
mkc-end-uncle =
    { $boy_name } goes to his uncle's house. Nobody checked the house or the uncle's links to the man. Ten
    days later, Bahar finds him selling tissues at another market. A child was placed without an
    assessment of his best interests.
mkc-end-compromised =
    { $boy_name } is with child protection tonight, but the case is damaged. A step taken today, such as an
    interview without support, an answer suggested to him, or the father told what he said, means that his
    account carries little weight and the collector has been warned. He may have to go through it all again.
mkc-end-shut-down =
    { $boy_name } stops answering and stares at the floor. He will not talk to the police again, and the
    little ones follow his lead. The case has lost its main witness, and a tired child was pushed past his
    limit.
mkc-end-charged =
    The juvenile court receives a case against { $boy_name } for begging and for the card. A child who was
    exploited is now treated as the offender, and the children have learned that talking to the police gets
    them punished. The collector is free.
mkc-end-returned =
    { $boy_name } goes home with his father, who signs the pledge. Two days later the minibus collects him
    again at seven. He was handed back to a family that may be part of his exploitation, and he knows now
    that talking changed nothing.
mkc-end-held =
    { $boy_name } spends the night at the juvenile observation house, among boys held for offences. A child
    victim has been deprived of his liberty for his own "protection", and tomorrow he will be harder to reach.
mkc-end-treated-adult =
    Recorded as an adult, { $boy_name } gives his details and goes back to the lane, and the little ones follow
    him. Nobody called child protection for him, and by the afternoon the man is collecting again. A child
    was treated as an adult because of a card.
mkc-end-rounded-up =
    The patrol car arrives; the man is gone before it stops. At the station the children cry and say nothing,
    and { $boy_name } shows his card. Exploited children have been treated as offenders, and the collector has
    been warned.

## Feedback

mkc-fb-move-now =
    Do no harm: the children are working between moving cars, and their safety comes before the case.
    Stepping in calmly with the social worker protects them now; the price is that the collector slips away,
    and you will have to identify him by other means, such as the market's cameras.
mkc-fb-move-film =
    Corroboration: one filmed collection round shows the collector, the money and the children, evidence
    that does not depend on a child's word. The price is twenty more minutes in the traffic for the
    children: step in the moment he leaves, and use what you filmed to protect them.
mkc-fb-move-confront =
    Risk assessment: confronting the suspected controller in front of the children exposes them to him, lets
    him tell his story first, and warns him. He walks off with the youngest, and the children learn that
    talking to you has consequences.
mkc-fb-move-roundup =
    Non-punishment: children exploited for begging are victims, not offenders. Rounding them up in a patrol
    car treats them as criminals, frightens them into silence and warns the collector. Child protection, not
    the station, is the first call.
mkc-fb-age-presume =
    Presumption of minority: when age is uncertain, the person is treated as a child until the age is
    established. The card is noted and checked later with the authority that issued it; it does not
    outweigh what you see, and he is not accused.
mkc-fb-age-adult =
    Presumption of minority: a card can be borrowed, altered or wrong. When a young person looks younger than
    the document says, he is treated as a child until the age is established, with child protection
    involved. Treated as an adult, he loses every safeguard a child has.
mkc-fb-age-confiscate =
    Presumption of minority: whether the card is genuine is a question for the authority that issued it,
    through the judge, not for an accusation at the market. Taking it from a child and calling it an offence
    frightens him, and a card taken without a record is of little use as evidence.
mkc-fb-place-room =
    Trauma-informed contact: a quiet, child-friendly room away from the market, with food and something to
    drink, lowers his fear and keeps him out of sight of the collector's people.
mkc-fb-place-station =
    Trauma-informed contact: a police interview room, with the other children waiting in a corridor, tells a
    frightened child that he is the suspect. A recording can be made elsewhere; choose a child-friendly room.
mkc-fb-place-shop =
    Confidentiality: the back room of a stall in the same market is within sight and hearing of the
    collector's people. He cannot speak freely, and anyone may learn that he talked.
mkc-fb-present-social-worker =
    The child's best interests: a child is interviewed with a support person who is not implicated. The
    social worker is there for him, not for the investigation, and can ask for a break on his behalf. Until
    a guardian is appointed, child protection stands in.
mkc-fb-present-father =
    Do no harm: the family's role is not known yet, and the father may be part of the exploitation. With him
    in the room the boy cannot speak freely, and the father now knows that the police are asking questions.
    A support person who is not implicated comes first.
mkc-fb-present-alone =
    Vulnerability: a child is never interviewed alone, without a support person. He has no one on his side of
    the table, and what he says can be challenged before the juvenile court. The interview has lost its
    safeguards.
mkc-fb-interviewer-ask =
    Choice of interviewer: offering him the choice, not imposing it, gives him back a little control. Boys,
    too, may prefer a man or a woman; asking is the only way to know.
mkc-fb-interviewer-woman =
    Choice of interviewer: a woman trained in child interviews is a good resource, but the choice is offered,
    not imposed. Some boys find it easier to talk to a man; ask him.
mkc-fb-interviewer-self =
    Choice of interviewer: you may well be the right person, but he was not asked. A trained child
    interviewer is available, and he should choose who asks the questions.
mkc-fb-explain-full =
    Informed consent: in simple words, a child learns who you are, that he is not in trouble, that he may
    say "I don't know" or stop, and who will read what he says. Hearing that he will not be punished for
    begging removes his main fear.
mkc-fb-explain-promise =
    No promises you cannot keep: whether he can go home tonight depends on the family's role, which you do
    not know yet. A promise broken later today will cost more trust than it wins now.
mkc-fb-explain-threat =
    No coercion: threatening a child with offences makes the interview coercive, and a frightened child says
    what he thinks you want to hear. Begging is a sign of his exploitation, not his offence.
mkc-fb-explain-skip =
    PEACE (engage and explain): calling yourself his friend and skipping the explanation leaves him without
    what he needs to decide what to say, and misleads him about who you are.
mkc-fb-q-usual-day =
    PEACE (account): an open invitation lets a child tell his day in his own words and his own order. It brings
    out details a court can rely on: the minibus, the amounts, the collector's rounds.
mkc-fb-q-all-money =
    PEACE (account): a yes-or-no question gets a short answer and puts your framing into the interview. Start
    with an open invitation, and ask specific questions only about what he has already said.
mkc-fb-q-man-gave-card =
    PEACE (account): a suggestive question puts the answer in a child's mouth. He repeats it to please you,
    and who gave him the card, a central question of the case, is now contaminated. The account has lost
    much of its weight.
mkc-fb-q-when-he-comes =
    PEACE (account): a directive question about something he has already said, the money he hands over,
    draws out detail without suggesting an answer.
mkc-fb-q-uncle =
    PEACE (account): a yes-or-no question about the man invites a one-word answer, perhaps the one he has
    been told to give. Ask about what he has already said, in an open way.
mkc-fb-q-stop-pretending =
    Trauma-informed contact: challenging a child about his age and calling him a pretender makes him defend
    the story he was given. His age is established through the authority that issued the card, not by
    pressure.
mkc-fb-break-stop =
    Informed consent: he asked to stop, and the interview stops. Telling him he did well and that he can talk
    again another day keeps the door open.
mkc-fb-break-pause =
    Do not re-traumatise: a break with food and a trusted adult may help, and he decides whether to go on. He
    did ask to stop, so be ready to end for the day.
mkc-fb-break-press =
    No coercion: pressing a tired child after he has asked to stop is coercion. He shuts down, and whatever he
    says now would be unreliable.
mkc-fb-close-summary =
    PEACE (closure): summing up in his words, letting him correct and add, and telling him what happens next
    gives him some control and makes the account more accurate.
mkc-fb-close-after-break =
    PEACE (closure): after a stop, a short closing with the next steps and thanks is right; the summary can
    wait for the next meeting.
mkc-fb-close-thumbprint =
    Informed consent: a child cannot meaningfully approve a statement read out in a hurry. Spare him repeated
    interviews by recording the interview for the juvenile court judge, not by rushing a thumbprint.
mkc-fb-close-abrupt =
    PEACE (closure): leaving without a summary or an explanation of what happens next leaves a frightened child
    guessing, and his account uncorrected.
mkc-fb-act-id-check =
    Corroboration: the card is checked against the records of the authority that issued it, through the
    investigative judge. If it belongs to someone else, that points to the adults who gave it to him, not to
    an offence of his.
mkc-fb-act-cctv =
    Corroboration: the market's recordings show the collector's rounds over several days, evidence that does
    not depend on the children. Recordings are kept only for a short time, so preserving them quickly matters.
mkc-fb-act-video-trace =
    Risk assessment: the video showed two small children in the collector's car. Using it to trace the car and
    reach those children protects them, and the warrant rests on the same evidence.
mkc-fb-act-family =
    The child's best interests: before any decision on his return, child protection assesses the family. A
    debt and money paid to the father each month may mean that the family is part of the exploitation.
mkc-fb-act-other-children =
    Referral and coordination: the other children from the minibus are at the same risk. Coordinated with the
    Directorate of Combating Violence against Women and Family and the Asayish, and without naming him, they
    can be reached safely.
mkc-fb-act-charge =
    Non-punishment: begging and carrying a card he was given are direct consequences of his exploitation.
    A case against the child punishes the victim, and tells him and the other children that the police are
    not on their side.
mkc-fb-act-call-father =
    Confidentiality: the father may be involved. Telling him what the boy said exposes the boy to pressure at
    home and warns the collector, who disappears with the other children.
mkc-fb-place-child-protection =
    The child's best interests: he is heard, and told honestly why he cannot go home yet. A safe placement
    through child protection, a guardian appointed by the juvenile court, health care and psychosocial
    support come before any return.
mkc-fb-place-uncle =
    Risk assessment: a relative can be a good placement, but only after child protection has checked the home
    and the uncle's links to the man and the debt. An unassessed placement may hand him back to the same
    network.
mkc-fb-place-home-pledge =
    The child's best interests: a child is not returned to a family that may be involved in his exploitation.
    A pledge signed by the father changes nothing about the debt or the monthly payments.
mkc-fb-place-observation =
    Non-punishment: holding a child victim in a juvenile detention facility "for his own safety" deprives him
    of his liberty and treats him as an offender. His safety comes from a child protection placement.
