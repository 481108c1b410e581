# Scenario: phone-evidence
# Arguments every message receives (not the title, summary, objectives and content note):
# $woman_name, $woman_age, $woman_origin, $woman_language, $needs_interpreter ("yes" or "no"),
# $promised_place, $recruiter_name, $recruiter_gender ("male" or "female"), and the variables
# $trust, $scope, $advert_kept, $order, $arrested, $her_copy, $corroborated, $witness_done,
# $tipped, $unlawful, $case_damaged, $scattered, $custody_ok, $overshared, $blocked, $phone_kept
# (flags are "true" or "false").
# The woman is a woman in every profile; the recruiter is a man or a woman.

## Library and briefing

pe-title = The advert on her phone
pe-summary =
    A woman answered a social-media advert for restaurant work abroad, with travel and a visa arranged.
    The recruiter took her passport, kept her in a flat with other women and made her work unpaid in a café to
    pay off a "debt". Last night she got away and went to the Directorate of Combating Violence Against Women
    in Erbil. The advert, the recruiter's messages and her whole private life are on her phone. You build the case.
pe-objective-consent = Copy from the victim's phone only what she freely chooses, after informed, specific consent; never seize it or search her private life.
pe-objective-order = Reach the suspect's account and phone only under an order of the investigative judge, executed before the suspect is warned.
pe-objective-preserve = Preserve the public advert and the recruiter's profile before they are deleted.
pe-objective-custody = Document every copy with a hash and a chain-of-custody record.
pe-objective-corroborate = Corroborate her account, so that the case does not rest on her testimony alone.
pe-objective-share = Share with other agencies only what each needs, and arrange support that does not depend on the case.
pe-content-note =
    This scenario concerns the trafficking of a woman for exploitation in a café, with debt, a withheld
    passport and threats to her family. Sexual exploitation is implied, never described. It contains no
    descriptions of violence.

## Cast

pe-cast-woman = { $woman_name }
pe-cast-social = Nasrin Hamad, social worker, Directorate of Combating Violence Against Women
pe-cast-colleague = Lieutenant Awaz Jalal, cybercrime unit
pe-cast-supervisor = Major Hemin Qadir, head of your unit
pe-cast-recruiter = { $recruiter_name }, the recruiter

pe-name-zainab = Zainab
pe-name-wanjiru = Wanjiru
pe-name-rasha = Rasha
pe-name-sami = Sami
pe-name-lana = Lana
pe-origin-basra = Basra
pe-origin-kenya = Nakuru, Kenya
pe-origin-syria = Homs, Syria
pe-lang-arabic = Arabic
pe-lang-swahili = Swahili
pe-place-istanbul = a restaurant in Istanbul
pe-place-erbil = a restaurant in Erbil

## Agencies this scenario adds

agency-dcvaw = Directorate of Combating Violence Against Women
agency-cybercrime-unit = Cybercrime unit (Ministry of Interior)
agency-anti-trafficking-unit = Anti-trafficking directorate (federal Ministry of Interior)
agency-molsa-shelter = Women's shelter (Ministry of Labour and Social Affairs)

## Evidence, details and notes

pe-ev-advert = The advert and the recruiter's profile, preserved with address, date and time before the page was deleted
pe-ev-her-selection = The chat, voice notes and "visa fee" receipt she chose to share, copied from her phone with her specific consent
pe-ev-her-chat = Her chat with the recruiter, copied from her phone with her consent (the only item agreed)
pe-ev-screen-photos = Photographs of her chat screen, taken on an officer's personal phone (no metadata, no hash)
pe-ev-full-copy = A full extraction of her phone, made without her specific consent
pe-ev-account-data = The recruiter's account data from the platform, obtained under the investigative judge's order
pe-ev-suspect-phone = The recruiter's phone, seized on arrest under the judge's order and imaged at once
pe-ev-account-login = Chats downloaded from the recruiter's account without an order of the judge
pe-ev-transfer-record = The money-transfer office's record of the "visa fee" and of who collected it, under the judge's order
pe-ev-witness = The account of the woman who left the flat with her, given freely
pe-detail-owner = That the café owner recruited her
pe-detail-owner-weak =
    Account: the café owner first came from your question, not from her. Her "yes" cannot tell the judge
    who recruited her; ask her, in her own words, who she wrote to and who met her.
pe-note-threat = A threat arrived on her phone during the interview: documented with her consent; safety plan agreed with her and the Directorate.

## The story

pe-intro =
    Erbil, a Sunday morning. You are an investigator in the anti-trafficking unit of the Combating Organized
    Crimes Directorate, Ministry of Interior.

    The Directorate of Combating Violence Against Women has called. { $woman_name }, { $woman_age }, from
    { $woman_origin }, answered an advert on a social-media page: work in { $promised_place }, a good salary,
    travel and visa arranged. The recruiter, who calls { $recruiter_gender ->
        [male] himself
       *[other] herself
    } { $recruiter_name }, brought her to Erbil and took her passport "for the visa". She was kept in a flat
    with other women and made to work long hours in a café, serving and sitting with customers, unpaid, to pay
    off a debt for the journey. Last night she left with another woman from the flat and went to the Directorate.
pe-social-call =
    She is here with me. She is frightened, but she wants { $recruiter_name } stopped, for the other women's sake.
    Everything is on her phone: the advert, the messages, the voice notes. So is her whole life, her family and
    her photos. She asked me whether the police will take her phone.
pe-social-call-b =
    She has not slept, and she keeps checking her phone. The advert and all the messages from { $recruiter_name }
    are on it, and so are her family's chats and pictures. Her first question to me was whether the police will
    take it away.
pe-first-contact = Nasrin asks what { $woman_name } should do until you arrive. What do you tell her?
pe-first-wait =
    Keep her at the Directorate, where she feels safe; you will come with a woman colleague. Nobody will take
    her phone, and for now she should not delete anything or answer { $recruiter_name }.
pe-first-bring =
    Bring her to the unit now, with the phone: the extraction equipment is here, and every hour counts while the
    recruiter may still be deleting messages.
pe-first-screens =
    Ask Nasrin to photograph the chats with the recruiter on her own phone and send them to you on your messaging
    app now, so that you can start on the case before you even get there.
pe-first-block =
    Help her block { $recruiter_name } on every app at once, so that the recruiter cannot reach or frighten her
    while she waits for you.
pe-colleague-brief =
    The page is still online: the same advert, posted again two days ago, with women in the comments asking how to
    apply. Pages like this vanish within hours once a woman gets away. The platform keeps the account data, but
    only the investigative judge can order it handed over.
pe-colleague-brief-b =
    I have the page open. The advert is still up, with new comments from women asking for the job, and
    { $recruiter_name }'s profile is linked to it. These pages are usually deleted the day a woman escapes. For
    the account itself we need an order from the investigative judge.
pe-supervisor-call =
    Take a full copy of her phone today. It is faster, it recovers what was deleted, and we sort out what is
    relevant later. I want this case in front of the judge this week.

## The investigation hub

pe-morning =
    { $advert_kept ->
        [true] The advert and the profile are preserved.
       *[other] The page is still online, for now.
    } { $order ->
        [true] Your request for an order is with the investigative judge. Before you leave for the Directorate, there is time for two steps. What do you do?
       *[other] Before you leave for the Directorate, there is time for two steps. What do you do?
    }
pe-morning-done = Leave for the Directorate now.
pe-afternoon =
    { $arrested ->
        [true] { $recruiter_name } is in custody, and the phone has been imaged.
       *[other] { $tipped ->
            [true] The number in the advert is switched off.
           *[other] { $order ->
                [true] The investigative judge has signed the order.
               *[other] No order has been requested yet.
            }
        }
    } Back at the unit, there is time for three more steps before the end of the day. What do you do?
pe-afternoon-done = Stop here and write up the case for the judge.
pe-act-preserve =
    Ask Lieutenant Awaz to preserve the advert and the recruiter's profile now: a recording of the pages with their
    address, date and time, and the comments of the other women.
pe-act-order =
    Write to the investigative judge on duty for an order: the platform to hand over { $recruiter_name }'s account
    data, and the arrest of the recruiter with the seizure of { $recruiter_gender ->
        [male] his
       *[other] her
    } phone.
pe-act-execute =
    Execute the judge's order with the cybercrime unit: send it to the platform, arrest { $recruiter_name }, and
    seize the phone and image it on the spot.
pe-act-call = Call the number in the advert as a job seeker, to confirm who answers before you write to the judge.
pe-act-login =
    Ask the cybercrime unit to get into { $recruiter_name }'s account now, without waiting for an order, and
    download the chats before they are deleted.
pe-act-money =
    Under the judge's order, ask the money-transfer office for the record of the "visa fee" { $woman_name } sent,
    and of who collected it.
pe-act-witness =
    Ask Nasrin whether the woman who left the flat with { $woman_name } would be willing to talk to you, when and
    where she chooses.
pe-act-cafe = Go to the café and ask the owner about { $recruiter_name }, to see how he reacts and who else works there.
## The interview about her phone

pe-iv-arrive =
    Eleven o'clock. At the Directorate, Nasrin introduces you to { $woman_name }. She has the phone in her hands and
    does not let go of it.
pe-iv-setup = How do you set up the conversation?
pe-setup-private =
    { $needs_interpreter ->
        [yes] Use Nasrin's office with the door closed, Nasrin there if { $woman_name } wants her; a woman officer leads, and a woman { $woman_language } interpreter from IOM's list joins by phone.
       *[other] Use Nasrin's office with the door closed, Nasrin there if { $woman_name } wants her; a woman officer leads, and you ask whether she is at ease speaking Arabic with you.
    }
pe-setup-station =
    Drive her to the unit's interview room, where the extraction equipment is ready, and ask the duty officer, who
    has time this morning, to sit in and take the notes for the file.
pe-setup-friend =
    { $needs_interpreter ->
        [yes] Let the woman who left the flat with her stay and interpret: she speaks { $woman_language } and Arabic, and { $woman_name } trusts her more than anyone here.
       *[other] Let the woman who left the flat with her stay beside her and help her explain: { $woman_name } trusts her more than anyone here.
    }
pe-setup-waiting = Start at once in the Directorate's waiting area, so that she does not have to wait any longer after the night she has had.
pe-iv-explain = Before any question about the phone, what do you tell her?
pe-explain-full =
    "Your phone stays with you. You decide what we copy, if anything, and you can change your mind. Copies go to
    the investigative judge and may be used in court. Help here does not depend on it."
pe-explain-form =
    Ask her to sign the Directorate's standard consent form, which already covers "all information relevant to
    the case", so that the paperwork for any copy is in order from the very start.
pe-explain-hand-over =
    Explain that in a trafficking case the phone is evidence: it goes to the lab, and she will get it back when
    the case is closed.
pe-explain-later =
    Keep the introduction short and start with her story: she came to report, and consent can be explained when
    you get to the phone.
pe-iv-q1 = She is listening, the phone in her lap. How do you ask about what happened?
pe-q1-invite = "Tell me about this job, from the moment you first saw the advert."
pe-q1-directive = "Nasrin said you found the job through an advert. What did it say, and how did you contact the recruiter?"
pe-q1-option = "Did the recruiter contact you on this phone? And did you keep all of the messages?"
pe-q1-suggest = "The owner of the café is the one who recruited you, isn't he? He is behind the advert."
pe-woman-full =
    The advert said work in { $promised_place }, six hundred dollars a month. I wrote to the page, and
    { $recruiter_name } answered. There were voice notes: "Do not worry, everything is arranged." I paid a
    "visa fee" through a money-transfer office; I still have the photo of the receipt. When I arrived, my passport
    was taken. The other women from the flat wrote under the advert too.
pe-woman-partial =
    It was an advert on a page: restaurant work, a good salary. I wrote to them, and { $recruiter_name } answered.
    It is all in the chat.
pe-woman-short = Yes. The messages are there.
pe-woman-short-b = Yes. Some of them.
pe-woman-echo = Yes… the café owner. Him. I think it was him.
pe-iv-scope = Now the phone itself. How do you ask what she is willing to share?
pe-scope-invite = "Which messages, voice notes or pictures do you think show what happened? You choose; the rest stays private."
pe-scope-directive = "You mentioned the voice notes and the receipt. Which of them, and what else on the phone, would you like us to copy?"
pe-scope-option = "Can we copy your chat with { $recruiter_name }?"
pe-scope-suggest =
    "You want { $recruiter_name } punished, don't you? Then the best thing you can do is let us take everything
    that is on the phone."
pe-scope-statement = "We will copy what is needed. The technician knows what to look for on these phones."
pe-woman-scope-wide = The chat with { $recruiter_name }, the voice notes, the receipt and the advert. Not my family's chats, and not my photos.
pe-woman-scope-narrow = The chat, yes. That is all right.
pe-woman-scope-guarded = (She pulls the phone closer.) The chat with { $recruiter_name }. Nothing else.
pe-woman-scope-unclear = I don't know what you need… Whatever the technician finds, I suppose.
pe-iv-copy = Lieutenant Awaz has the unit's forensic tool with her. Major Qadir's instruction was a full copy. What do you do?
pe-copy-chosen =
    Copy only what she agreed to, with the forensic tool and in front of her; write down the scope she
    agreed to, and give the phone straight back to her.
pe-copy-full =
    Make the full extraction the Major asked for: it is quicker than picking items, it recovers deleted
    messages, and whatever is not relevant can be filtered out later at the unit.
pe-copy-photos =
    Photograph the agreed messages on her screen with your own phone: it takes five minutes, she keeps her
    phone, and nothing is taken from it.
pe-copy-keep = Keep the phone at the unit overnight, with a receipt, so that the lab can copy the agreed items properly tomorrow.
pe-woman-after-full =
    (She watches the progress bar on the laptop.) My family's messages too? My photos? I thought I could choose.
pe-iv-buzz =
    Her phone buzzes. A message from { $recruiter_name }: "Where are you? You still owe me. I know where your
    family lives." { $woman_name } goes pale.
pe-iv-threat = What do you do about the message?
pe-threat-plan =
    Do not reply. Ask whether she wants the message added to what is copied, and go through a safety plan with
    her and Nasrin, her family's safety included.
pe-threat-bait =
    Ask her to reply and agree to a meeting tonight, so that the unit can arrest whoever comes to the meeting
    place; she will only have to be seen there for a moment.
pe-threat-reply =
    Take the phone and reply as her, saying that she is ill and will come back tomorrow, to keep the sender calm
    while the unit works.
pe-threat-block = Tell her to block the sender and delete the message now, so that nobody can frighten her like this again.
pe-woman-no-phone = How will I call my mother tonight? Her number is only in my phone.
pe-woman-blocked =
    I blocked { $recruiter_name } this morning, as you said. Then { $recruiter_gender ->
        [male] he
       *[other] she
    } wrote to my sister instead.
pe-iv-close = Before you leave, how do you close the conversation?
pe-close-summary =
    Go over what was copied and why, give her a written list with her signed consent, remind her that she can
    withdraw it, and explain what the judge does next.
pe-close-promise =
    Reassure her that { $recruiter_name } will be in prison within a week, and that she will get her passport back
    and every dinar of the wages she was never paid for all those months.
pe-close-abrupt = Thank her, tell her that Nasrin will explain the rest, and hurry back to the unit before the judge's sitting ends.
pe-close-more = "Could we go through the rest of your phone together once more? There may be something useful you forgot."

## After the day's steps

pe-colleague-tipped = The number in the advert is switched off, the page is gone, and the flat is empty. Someone warned them.
pe-colleague-advert-gone =
    The page and the profile were deleted a few minutes ago. I have asked the platform to keep what it still holds,
    but without our own capture that takes an order of the judge, and weeks.
pe-custody = Back at the unit, the day's copies are on Lieutenant Awaz's laptop. How do you keep them?
pe-custody-log =
    Hash each copy, enter it in the chain-of-custody record (who made it, when, with which tool), keep the
    originals on the evidence drive, and work only on copies.
pe-custody-usb =
    Save everything on one USB stick, lock it in your desk drawer, and fill in the custody record on Thursday,
    when things are quieter in the unit.
pe-custody-print =
    Print the chats and pictures for the paper file, then delete the digital copies, so that none of her private
    data is left behind on any of the unit's shared computers.
pe-custody-group = Post the files in the unit's messaging group, so that the whole team can start working on the case tonight.
pe-share =
    Three requests arrive. The federal Ministry of Interior's anti-trafficking directorate in Baghdad has seen the
    same page recruit women there and asks for the file. IOM asks for her details to offer assistance. The
    Asayish ask for her full file for a security check. What do you send?
pe-share-minimum =
    To Baghdad, the recruiter's data and the advert under a case number, without her name; to IOM, her contact
    details if she agrees; to the Asayish, that she is a victim-witness in a case before the judge.
pe-share-all =
    Send the complete file to all three, her chats and identity included, so that everyone has the same picture
    and nobody has to come back to ask again.
pe-share-none = Share nothing with anyone until the trial: the fewer people who know about her, the safer she will be.
pe-share-chats =
    Send Baghdad the copies of her chats, so that they can look there for the other women she mentioned, and tell
    IOM and the Asayish to ask her directly for anything else they may need from her later on.
pe-support = She asked me what happens to her now. Where will she sleep tonight?
pe-support-unconditional =
    With the Directorate, offer her a place in the Ministry of Labour and Social Affairs women's shelter, health
    care, legal aid, counselling and IOM's help, none of it tied to the case.
pe-support-conditional =
    Tell the shelter that her place there depends on her giving a full statement to the investigative judge this
    week, so that the case against { $recruiter_name } does not fall apart before it has even started.
pe-support-home =
    Buy her a ticket home to { $woman_origin } for tonight: she will be safest with her family, far from
    { $recruiter_name }, the café and the flat.
pe-support-dcvaw = Leave it to the Directorate: support is their job and the case is yours, and Nasrin knows the shelters better than you.
pe-statement = The investigative judge can record her statement. What do you arrange?
pe-statement-pace =
    Ask her whether and when she wants to give a statement to the judge, with Nasrin present, and explain that a
    recorded statement lets the case go on even if she goes home.
pe-statement-today =
    Take her to the judge this afternoon, while everything is still fresh in her memory and the file is ready; she
    can rest afterwards at the shelter, and then it will all be over.
pe-statement-police = Record her statement yourself at the unit and send it to the judge with the file; it saves her a trip to court.
pe-statement-confront =
    Ask the judge for a confrontation with { $recruiter_name } after the arrest, so that the judge can see how each
    of them reacts.
pe-woman-statement-yes = Next week, then. With Nasrin beside me. I will tell the judge everything.
pe-social-statement-tired =
    She went to the judge and answered, but she had to stop twice. She says she does not want to go through it
    again.
pe-colleague-statement-repeat = The judge's office called: the judge wants to hear her in person. She will have to tell it all again.
pe-social-statement-afraid =
    When she heard that she would have to face { $recruiter_name }, she asked me whether she can still withdraw
    her complaint.
## Endings

pe-end-protected =
    The investigative judge has a case that does not rest on { $woman_name }'s word alone: the advert and the profile,
    preserved before they were deleted; the items she chose to share from her phone; and corroboration from sources
    that do not depend on her, every copy hashed and in the custody record. The anti-trafficking directorate in
    Baghdad is following the page's other adverts. { $woman_name } is safe at the shelter, and she decides, with
    Nasrin, when to speak to the judge.
pe-end-partial =
    The case reaches the investigative judge with gaps that the debrief lists: evidence lost before it was
    preserved, copies outside the custody record, or a scope she never really chose. The defence will question
    some of it. { $woman_name } is at the shelter and safe for now.
pe-end-word-alone =
    Without independent corroboration, the case rests on { $woman_name }'s word against { $recruiter_name }'s. The
    judge records her complaint, but the evidence that would have supported her account was never secured. She is
    at the shelter; the page may soon be back under another name.
pe-end-excluded =
    The judge asks how each item was obtained. What was taken without her specific consent, or from the recruiter's
    account without an order, is marked as unlawful in the file; the defence asks for it to be excluded, and for
    what was found through it. The case is much weaker than the evidence it started with, and { $woman_name }
    trusts the police less than she did this morning.
pe-end-tipped =
    By the time the unit moved, the network had been warned: the number switched off, the page deleted, the flat
    empty. { $recruiter_name } is not found. The case has only what was secured before, and { $woman_name } is at
    the shelter, afraid that the recruiter knows she went to the police.
pe-end-damaged =
    The case reaches the investigative judge, but it carries what was done along the way: pressure on
    { $woman_name } that a court can see, and choices that put her at risk. The defence will use them, and her
    trust in the police is shaken. The debrief lists the critical errors.
pe-end-exposed =
    A week later, someone close to { $recruiter_name } calls { $woman_name }'s family: they know she went to the
    police and what she told them. Her file had gone to more offices than needed, and from one of them it travelled
    further. She leaves the shelter in fear and withdraws her complaint.
pe-end-unsupported =
    Nobody arranged a safe place and support for { $woman_name }. Within days she stops answering her phone, and
    Nasrin fears that she is back within reach of the network. The case has evidence, but it has lost her.
pe-end-withdrawn =
    { $woman_name } holds the phone to her chest. "Then I was wrong to come here." Nasrin ends the meeting. She
    leaves the Directorate that afternoon and does not come back; the advert, the messages and the other women's
    names leave with her.

## Feedback

pe-fb-first-wait =
    Risk assessment: she stays where she feels safe, she knows her phone stays hers, and nothing is lost in the
    meantime. Asking her not to delete or reply keeps the evidence and keeps the recruiter from learning where she is.
pe-fb-first-bring =
    Trauma-informed contact: moving a frightened woman to a police unit, with her phone treated as an exhibit, tells
    her the phone is being taken. Messages already on her phone do not vanish in an hour; meet her where she is safe.
pe-fb-first-screens =
    Data protection: her private chats would sit on two personal phones and a messaging server, copied without her
    consent and with no record of who took them. They are hard to use in court and easy to leak.
pe-fb-first-block =
    Respect her own assessment: whether to block is her choice, and she was not asked. Blocking now can also alert
    the recruiter, and it stops you seeing threats that would support the case. Advise her first, then let her decide.
pe-fb-act-preserve =
    Lawful, documented digital evidence: a public page can be preserved at once, without an order, and it will not
    wait. The address, date and time and the other women's comments make it usable in court and point to more victims.
pe-fb-act-order =
    Legal safeguards: the recruiter's account and phone are reached only under the investigative judge's order. The
    request names what is needed and why, so that the order is specific and the evidence holds.
pe-fb-act-execute =
    Lawful, documented digital evidence: executed before anyone warned the recruiter, the order secures the account
    data and the phone together. Imaging the phone at once, with a record, keeps what is on it.
pe-fb-act-call =
    Risk assessment: a stranger's call the morning after a woman escapes warns the recruiter. The page, the phone
    and the network can disappear, and the recruiter may look for her or her family. Contact with a suspect waits
    for the judge's order and a plan.
pe-fb-act-login =
    Legal safeguards: entering a suspect's account without the investigative judge's order is unlawful access. What
    is downloaded can be excluded, it can taint what is found through it, and the login alert warns the recruiter.
pe-fb-act-money =
    Corroboration: the transfer record shows the money she paid and who collected it, independently of her account.
    The case no longer rests on her word alone.
pe-fb-act-witness =
    Corroboration: a second woman's account, given freely and at her own pace, supports { $woman_name }'s. She is a
    possible victim too, and she is offered the same support.
pe-fb-act-cafe =
    Confidentiality: asking at the café tells the people who held her that she went to the police. The network is
    warned before the order is executed, and she and her family are at greater risk.
pe-fb-setup-private =
    Offering the gender of interviewer and interpreter: a closed door, a person she trusts if she wants one, a woman
    officer and { $needs_interpreter ->
        [yes] a neutral woman interpreter in her own language.
       *[other] a check that she is at ease in the language.
    } She can speak freely.
pe-fb-setup-station =
    Trauma-informed contact: a police room, a stranger taking notes and the extraction equipment on the table tell her
    that the phone is about to be taken. Go to her, and keep the room to the people she accepts.
pe-fb-setup-friend =
    Select interpreters and co-workers with care: the other woman is a witness in the same case and may be under the
    same pressure. With her in the room, each account shapes the other, and neither can speak freely about the other.
pe-fb-setup-waiting =
    Confidentiality: the waiting area has other visitors and staff. What she says about the recruiter, the flat and
    the café would be heard by people who have no reason to know it.
pe-fb-explain-full =
    Informed consent: she knows the purpose, who will see the copies, that she chooses and can refuse or withdraw,
    and that help does not depend on it. Consent for phone data is separate and specific.
pe-fb-explain-form =
    Lawful, consented digital evidence: a blanket form signed for another purpose is not specific consent to copy her
    phone. Consent names what is copied and for what use, and is given once she understands it.
pe-fb-explain-hand-over =
    No coercion: she is a victim and a witness, not a suspect, and her phone is not seized. Taking it cuts her off
    from her family and her support, and tells her that coming forward costs her everything. She leaves.
pe-fb-explain-later =
    Engage and explain: without knowing what the conversation is for and that she may refuse, she cannot give free
    consent later, and everything she says before it is said without it.
pe-fb-q1-invite =
    Account: an open invitation lets her tell it in her own order and words. Free recall gives the fullest and most
    accurate account, and it shows what is on the phone without you guessing.
pe-fb-q1-directive =
    Account: a wh- question about something already known gets useful detail, but it sets the frame. Start with an
    open invitation, then ask about what she mentions.
pe-fb-q1-option = Account: yes-or-no questions get yes or no. She answers exactly what was asked and nothing more.
pe-fb-q1-suggest =
    Account: the question names a suspect she had not named. She may agree to please you, and the detail then carries
    little weight. Ask who recruited her, in her own words.
pe-fb-scope-invite =
    Informed consent: an open question lets her decide what the case sees. She names what she knows is relevant, and
    what she keeps private stays private.
pe-fb-scope-directive =
    Informed consent: you build on what she said and leave the choice with her. She names exactly what to copy.
pe-fb-scope-option =
    Informed consent: she agrees to what you named, the chat, and nothing else comes up. A closed question limits
    what she offers; the voice notes and the receipt go unmentioned.
pe-fb-scope-suggest =
    No coercion: tying her wish for justice to giving up everything is pressure. Consent given under pressure is not
    free, and she closes up.
pe-fb-scope-statement =
    Lawful, consented digital evidence: the scope is hers to set, not the technician's. Without it, nobody knows what
    she agreed to, and the copy cannot show that it stayed within her consent.
pe-fb-copy-chosen =
    Lawful, consented digital evidence: the copy stays within her specific consent, is made with a forensic tool in
    front of her, and is documented. It corroborates her account, and her private life is not searched.
pe-fb-copy-chosen-narrow =
    Lawful, consented digital evidence: the copy stays within her consent. It holds less than it could have: the way
    she was asked left the voice notes and the receipt out of what she agreed to.
pe-fb-copy-full =
    Data protection: a full extraction takes her family's chats, her photos and her private life, far beyond what she
    agreed to. It is faster and catches more, but without her specific consent it is unlawful, it can taint the case,
    and it breaks her trust.
pe-fb-copy-photos =
    Lawful, documented digital evidence: photographs of a screen have no metadata and no hash, and her messages now
    sit on your personal phone. The defence can question them, and they can leak.
pe-fb-copy-keep =
    Do no harm: without her phone she cannot reach her family, Nasrin or a helpline tonight, the night after she
    escaped. Copy what she chose now, or let her choose when to bring it.
pe-fb-threat-plan =
    Risk assessment: a threat to her family is a risk to plan for now, with her and with the Directorate.
    Documenting the message with her consent adds evidence without using her.
pe-fb-threat-bait =
    Do no harm: using her as bait puts her in front of the people she escaped from, in an operation no judge
    authorised. If anything goes wrong, she pays for it.
pe-fb-threat-reply =
    Legal safeguards: writing as her, from her phone, is an undercover contact without any authority, and it alters
    evidence on her phone. The sender can tell it is not her, and the network is warned.
pe-fb-threat-block =
    Respect her own assessment: whether to block is her decision, once she knows that the message is evidence and
    what blocking changes. Deleting it loses the threat, and it does not make her family safer.
pe-fb-close-summary =
    Closure: she knows what was taken, what it is for and what comes next, and that the consent remains hers. That
    keeps her consent informed to the end.
pe-fb-close-promise =
    Make no promises you cannot keep: the arrest, the trial and her wages are not yours to promise. When the promise
    fails, so does her trust.
pe-fb-close-abrupt =
    Closure: leaving in a hurry leaves her without a summary, without knowing what happens to the copies, and without
    a chance to correct anything.
pe-fb-close-more =
    Data protection: the scope she chose is the scope. Going back through the rest of her phone is searching her
    private life, however politely it is asked.
pe-fb-custody-log =
    Lawful, documented digital evidence: a hash taken at acquisition shows that the copy has not changed since, and
    the custody record shows every hand it passed through. The court can rely on both.
pe-fb-custody-usb =
    Lawful, documented digital evidence: days without a record and without hashes leave a gap the defence will use:
    nobody can show that the files were not changed.
pe-fb-custody-print =
    Lawful, documented digital evidence: protecting her data is right, but printouts lose the dates, the metadata and
    any way to verify them. Keep the originals securely, with hashes, and share them only on a need-to-know basis.
pe-fb-custody-group =
    Data protection: a group chat copies her private messages to every member's phone, outside any record. Anyone in
    the group can forward them.
pe-fb-share-minimum =
    Data protection: each agency gets what it needs for its task and no more. Baghdad can follow the network, IOM can
    offer her help, and her identity and private messages stay in the case file.
pe-fb-share-all =
    Data protection: her identity and private messages now sit in three more offices, with people who have no need to
    know them. The more copies, the likelier they reach the network, and she agreed to none of it.
pe-fb-share-none =
    Put the information to good use: the same page recruits women elsewhere. The recruiter's data helps Baghdad
    protect them, and IOM can only help her if it can reach her, with her consent.
pe-fb-share-chats =
    Data protection: Baghdad needs the recruiter's data, not her private chats. Sending her copy goes beyond her
    consent, and passing the other requests to her leaves her to face the Asayish alone.
pe-fb-support-unconditional =
    Assistance not conditional on cooperation: shelter, health care, legal aid and support are hers as a possible
    victim, whether or not she testifies. IOM can explain her options, including a safe return if she wants one.
pe-fb-support-conditional =
    Assistance not conditional on cooperation: making shelter a reward for testimony turns help into pressure. It is
    not lawful practice, and a statement given under it is worth less.
pe-fb-support-home =
    Respect her own assessment: ask what she wants. A ticket home tonight, without a plan, sends her back to where the
    recruiter found her, perhaps to a family she did not want told. IOM arranges a safe return when she chooses one.
pe-fb-support-dcvaw =
    Referral and coordination: the Directorate leads her support, but the referral is part of your case work: the
    shelter, health care, legal aid and IOM are arranged together, and followed up.
pe-fb-statement-pace =
    Respect her own assessment: she decides when she is ready. A statement recorded before the investigative judge
    carries weight in court and keeps the case alive even if she returns home.
pe-fb-statement-today =
    Do not re-traumatise: after a night without sleep and a morning of questions, another full account today costs her
    a great deal and gives a poorer statement.
pe-fb-statement-police =
    Legal safeguards: in Iraqi procedure it is the statement recorded before the investigative judge that counts. A
    police record alone may have to be repeated, so she tells it twice.
pe-fb-statement-confront =
    Do no harm: facing the recruiter is frightening and puts pressure on her to withdraw. A victim-witness is
    protected from the suspect, not placed in front of them.
