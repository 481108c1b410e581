# Sanad user interface: every text the app and the command line show outside scenarios.
# Central Kurdish (Sorani, ckb), Arabic-based Kurdish alphabet, right to left.
# Review notes for native-speaking trainers: REVIEW-NOTES.md in this folder.

## Application

app-name = سەنەد
app-tagline = ڕاهێنان لەسەر لێکۆڵینەوەی قوربانی‌تەوەر
text-unavailable = [ئەم دەقە هێشتا بە زمانەکەت بەردەست نییە.]

## Languages, each named in itself (the same in every locale)

language-choose = زمانەکەت هەڵبژێرە
language-en = English
language-ar = العربية
language-ckb = کوردی (سۆرانی)

## Modes

mode-label = دۆخ
mode-workshop = کۆڕی ڕاهێنان
mode-workshop-desc = بە سەرپەرشتیی ڕاهێنەر: تێبینییەکان بۆ هەڵسەنگاندنی کۆتایی هەڵدەگیرێن.
mode-self = فێربوونی سەربەخۆ
mode-self-desc = بە تەنها: دوای هەر هەڵبژاردنێک تێبینی پیشان دەدرێت.

## Home and the scenario library

home-title = کتێبخانەی سیناریۆکان
home-trainee = کۆدی ڕاهێنراو: { $code }
home-no-scenarios = هیچ سیناریۆیەک بار نەکرا. داوا لە ڕاهێنەرەکەت بکە فۆڵدەری ناوەڕۆک بپشکنێت.
home-settings = ڕێکخستنەکان
home-quit = دەرچوون
home-library-summary = { $count } سیناریۆ، نزیکەی { $minutes } خولەک لە کەرەستەی ڕاهێنان
home-suggested = ڕیزبەندیی پێشنیارکراو
home-suggested-item = { $n }. { $title }
home-resume = «{ $title }»ت پێش کۆتاییەکەی جێهێشت. دەتوانیت لەو شوێنەوە بەردەوام بیت کە لێی وەستایت.
home-resume-button = بەردەوامبوون
home-resume-failed = ناتوانرێت ئەو دانیشتنەی جێتهێشت بەردەوام بکرێت، چونکە سیناریۆکە لەو کاتەوە گۆڕاوە. لە کتێبخانەوە دووبارە دەستی پێبکەرەوە.
home-group-interview = چاوپێکەوتنەکان
home-group-investigation = لێکۆڵینەوەکان
home-group-coordination = هەماهەنگی لە نێوان دامەزراوەکاندا
scenario-kind-interview = چاوپێکەوتن
scenario-kind-investigation = لێکۆڵینەوە
scenario-kind-coordination = هەماهەنگی
scenario-minutes = نزیکەی { $minutes } خولەک
scenario-competencies = ئەو لێهاتووییانەی ڕاهێنانیان لەسەر دەکرێت
scenario-last-result = دوایین ئەنجام: { $percent }٪
scenario-last-result-none = هێشتا ئەنجام نەدراوە
scenario-open = کردنەوە

## Briefing

briefing-title = ڕوونکردنەوەی سەرەتایی
briefing-background = پاشخانی کەیسەکە
briefing-objectives = ئامانجەکان
briefing-content-note = ئاگاداری دەربارەی ناوەڕۆک
briefing-pause-note = ئەم سیناریۆیانە باسی چەوساندنەوە دەکەن. هەر کاتێک بتەوێت دەتوانیت بە Esc ڕایبگریت یان جێی بهێڵیت.
briefing-start = دەستپێکردن
briefing-back = گەڕانەوە بۆ کتێبخانە

## Play

play-narration = گێڕانەوە
play-transcript = گفتوگۆکە تا ئێستا
play-you = تۆ
play-continue = بەردەوامبوون
play-choose-hint = بە ماوس، بە کلیلەکانی ژمارە ١–٩، یان بە Tab و Enter هەڵبژێرە.
play-case-panel = دۆسیەی کەیس
play-evidence = بەڵگەکان
play-evidence-none = هێشتا هیچ بەڵگەیەک کۆنەکراوەتەوە.
play-evidence-unlawful = بە شێوەیەکی نایاسایی کۆکراوەتەوە
play-referrals = ڕەوانەکردنەکان
play-contacts = ئەو دەزگایانەی پەیوەندییان پێوە کراوە
play-notes = یاداشتەکان
play-none = هێشتا هیچ نییە.
play-turns-left = هەنگاوە ماوەکان: { $turns }
play-feedback = تێبینی
play-principle = بنەما: { $principle }
play-critical = هەڵەی مەترسیدار
play-pause = ڕاگرتن
play-paused = ڕاگیراوە
play-resume = درێژەپێدان
play-leave = جێهێشتنی سیناریۆکە
play-stuck = ئەم سیناریۆیە ناتوانێت لێرەوە بەردەوام بێت. تکایە ڕاهێنەرەکەت ئاگادار بکەرەوە (گرێی { $node }).

## Cues: how the interviewee seems, in words

cue-trust = ئاستی متمانەی کەسەکە بە تۆ
cue-trust-guarded = وریا و داخراو: وەڵامی کورت دەداتەوە، ڕاستەوخۆ سەیری چاوت ناکات
cue-trust-opening = خەریکە دڵی دەکاتەوە: ئازادانەتر وەڵام دەداتەوە
cue-trust-confident = دڵنیا: بە ئاشکرا قسە دەکات و پرسیار دەکات
cue-distress = کەسەکە چۆن خۆی ڕادەگرێت
cue-distress-calm = ئارام
cue-distress-tense = گرژ: دوودڵە، دەستەکانی توند گوشیوە
cue-distress-high = زۆر پەرێشان: خەریکە دەگری، بە زەحمەت دەتوانێت بەردەوام بێت

## Debrief

debrief-title = هەڵسەنگاندنی کۆتایی
debrief-outcome = ئەنجام
debrief-total = کۆی گشتی: { $percent }٪
debrief-scores = نمرە بەپێی هەر لێهاتووییەک
debrief-score-line = { $earned } لە کۆی { $max } خاڵ ({ $percent }٪)
debrief-score-line-bound = { $earned } لە کۆی لانیکەم { $max } خاڵ
debrief-total-bound = کۆی گشتی: لانی زۆر { $percent }٪ (باشترین ئەنجامی گونجاو بە تەواوی هەژمار نەکراوە)
debrief-score-not-assessed = لەم ڕێڕەوەدا هەڵنەسەنگێنرا
debrief-score-penalties = { $earned ->
    [0] هیچ خاڵێک کەم نەکرایەوە (لەم لێهاتووییەدا سیناریۆکە تەنها خاڵ کەم دەکاتەوە)
   *[other] { $earned } (لەم لێهاتووییەدا سیناریۆکە تەنها خاڵ کەم دەکاتەوە)
}
debrief-total-explained = کۆی گشتی تێکڕای ڕێژەی سەدی ئەو لێهاتووییانەیە کە هەڵسەنگێنراون، بەپێی ئەو کێشانەی لە پێوەرەکانی هەڵسەنگاندندا دیاری کراون. هەڵە مەترسیدارەکان هەمیشە ڕیز دەکرێن، کۆی گشتی هەرچەند بێت.
debrief-questions = پرسیارەکانت
debrief-question-count = { $count }
debrief-questions-share = پرسیارە پێشنیارکراوەکان (کراوە و ڕوونکەرەوە): { $percent }٪ی پرسیارەکانت
debrief-questions-none = لەم سیناریۆیەدا هیچ پرسیارێکت نەکرد.
debrief-suggested = ئەو وردەکارییانەی پرسیارەکانت خستیانە ناو وتەکانەوە
question-invitation = پرسیاری کراوە (بانگهێشت بۆ گێڕانەوە: «بۆم باس بکە...»)
question-directive = پرسیاری ڕوونکەرەوە (چی، لە کوێ، کەی، کێ، چۆن)
question-option-posing = پرسیاری داخراو (بەڵێ یان نەخێر، یان هەڵبژاردن لە نێوان دوو شتدا)
question-suggestive = پرسیاری ئاراستەکەر (وەڵامەکە پێشوەختە دادەنێت یان فشار دەکات)
question-statement = ڕستە (پرسیار نییە)
debrief-critical = هەڵە مەترسیدارەکان
debrief-critical-none = هیچ هەڵەیەکی مەترسیدار نییە.
debrief-timeline = هەڵبژاردنەکانت
debrief-choice = هەڵبژاردنی ژمارە { $n }
debrief-no-feedback = بۆ ئەم هەنگاوە هیچ تێبینییەک نییە.
debrief-retry = هەوڵدانەوە
debrief-other-seed = وەشانێکی تر تاقی بکەرەوە
debrief-next = سیناریۆی دواتر
debrief-home = گەڕانەوە بۆ کتێبخانە
debrief-unfinished = سیناریۆکە پێش گەیشتن بە کۆتاییەک جێهێڵدرا.

## Outcomes

outcome-protected = کەسەکە پارێزرا
outcome-partial = سەرکەوتنی بەشەکی
outcome-compromised = کەیسەکە تێکچوو
outcome-harmful = زیان بە کەسەکە گەیشت

## Roles

role-investigator = لێکۆڵەر
role-interviewee = چاوپێکەوتن لەگەڵکراو
role-interpreter = وەرگێڕ
role-colleague = هاوکار
role-supervisor = سەرپەرشتیار
role-suspect = گومانلێکراو
role-witness = شایەت
role-support = کارمەندی پاڵپشتی
role-other = کەسی تر

## Agencies and services

agency-shelter = پەناگە یان شوێنی مانەوەی سەلامەت
agency-health = چاودێریی تەندروستی
agency-legal-aid = یارمەتیی یاسایی
agency-psychosocial = پاڵپشتیی دەروونی و کۆمەڵایەتی
agency-labour-inspectorate = پشکنینی کار
agency-investigative-judge = دادوەری لێکۆڵینەوە
agency-residency = بەڕێوەبەرایەتیی نیشتەجێبوون
agency-asayish = ئاسایش
agency-customs = گومرگ
agency-border-police = پۆلیسی سنوور
agency-child-protection = خزمەتگوزارییەکانی پاراستنی منداڵ
agency-iom = ڕێکخراوی نێودەوڵەتیی کۆچ (IOM)
agency-ngo = ڕێکخراوی ناحکومیی هاوبەش
agency-embassy = باڵیۆزخانە یان کونسوڵخانە
agency-dcvaw = بەڕێوەبەرایەتیی بەرەنگاربوونەوەی توندوتیژی دژی ئافرەتان
agency-cybercrime-unit = یەکەی تاوانە ئەلیکترۆنییەکان (وەزارەتی ناوخۆ)
agency-anti-trafficking-unit = بەڕێوەبەرایەتیی بەرەنگاربوونەوەی بازرگانیکردن بە مرۆڤەوە (وەزارەتی ناوخۆی فیدراڵ)
agency-molsa-shelter = پەناگەی ئافرەتان (وەزارەتی کار و کاروباری کۆمەڵایەتی)
agency-aml-office = نووسینگەی بەرەنگاربوونەوەی سپیکردنەوەی پارە و پارەدارکردنی تیرۆر (بانکی ناوەندیی عێراق)

## Settings

settings-title = ڕێکخستنەکان
settings-language = زمان
settings-text-size = قەبارەی دەق
settings-text-small = بچووک
settings-text-medium = مامناوەند
settings-text-large = گەورە
settings-text-xlarge = زۆر گەورە
settings-contrast = کۆنتراستی بەرز
settings-on = چالاک
settings-off = ناچالاک
settings-mode = دۆخ
settings-back = گەڕانەوە

## Loading and errors

loading = بار دەکرێت…
load-error-title = ناوەڕۆکی ڕاهێنانەکە بار نەکرا
load-error-body = { $count } کێشە دۆزرایەوە. داوا لە ڕاهێنەرەکەت بکە فەرمانی `sanad check` جێبەجێ بکات. یەکەم کێشە:
load-error-retry = دووبارە هەوڵ بدەرەوە
load-error-quit = دەرچوون

## Rubric: competencies

comp-safety = سەلامەتی و زیان نەگەیاندن
comp-safety-desc = هەڵسەنگاندنی مەترسی، پلاندانانی سەلامەتی، جیاکردنەوەی کەسەکە لە کۆنترۆڵکەر، ئامادەیی بۆ حاڵەتی فریاکەوتن.
comp-consent = ڕەزامەندیی ئاگادارانە و مافی بڕیاردان
comp-consent-desc = ڕوونکردنەوەی مەبەست و شێوازی بەکارهێنانی زانیارییەکان؛ مافی ڕەتکردنەوە، ڕاگرتن و پشوودان؛ ڕەزامەندیی تایبەت بۆ داتای مۆبایل یان پشکنینی پزیشکی.
comp-trauma = پەیوەندیی هۆشیار بە تراوما
comp-trauma-desc = دروستکردنی متمانە، پرسیاری کراوە، سەرزەنشتنەکردن، ئارامگرتن لەگەڵ ناتەبایی لە گێڕانەوەدا.
comp-rights = ماف و سزانەدان
comp-rights-desc = دەستگیرنەکردن و تۆمەتبارنەکردن لەبەر چوونە ناو وڵات بە شێوەی نایاسایی یان لەبەر ئەو کارانەی بە زۆر پێی کراون؛ یارمەتیدان مەرجدار نییە بە شایەتیدان؛ زانیاری دەربارەی ماف و یارمەتیی یاسایی.
comp-gender-child = هەستیاری بەرامبەر ڕەگەز و منداڵ
comp-gender-child-desc = پێشکەشکردنی هەڵبژاردنی ڕەگەزی چاوپێکەوتنکار و وەرگێڕ؛ گریمانەی منداڵبوون کاتێک تەمەن ڕوون نییە؛ سەرپەرشتیاری یاسایی؛ بەرژەوەندیی باڵای منداڵ.
comp-confidentiality = نهێنیپارێزی و پاراستنی زانیاری
comp-confidentiality-desc = هاوبەشکردنی زانیاری تەنها بەپێی پێویستی زانین، پاراستنی ناسنامە، هەڵگرتنی تۆمارەکان بە سەلامەتی.
comp-language = دەستڕاگەیشتنی زمانی
comp-language-desc = وەرگێڕێکی بێلایەن و شارەزا؛ پشکنینی شێوەزار و تێگەیشتن.
comp-evidence = بەڵگە و جۆرایەتیی لێکۆڵینەوە
comp-evidence-desc = پشتڕاستکردنەوە، کۆکردنەوەی یاسایی و تۆمارکراوی بەڵگە، زنجیرەی پاراستنی بەڵگە، پلاندانان.
comp-referral = ڕەوانەکردن و هەماهەنگی
comp-referral-desc = ڕەوانەکردن بۆ خزمەتگوزارییەکانی تەندروستی، پەناگە، یارمەتیی یاسایی و کار؛ هەماهەنگیی نێوان دەزگاکان؛ بەدواداچوون.

## Rubric: principles

principle-who-do-no-harm = زیان نەگەیاندن (ڕێکخراوی تەندروستیی جیهانی)
principle-who-know-risks = ناسینی بابەتەکە و هەڵسەنگاندنی مەترسییەکان (ڕێکخراوی تەندروستیی جیهانی)
principle-who-referral-info = ئامادەکردنی زانیاریی ڕەوانەکردن؛ نەدانی هیچ بەڵێنێک کە ناتوانرێت جێبەجێ بکرێت (ڕێکخراوی تەندروستیی جیهانی)
principle-who-interpreters = هەڵبژاردن و ئامادەکردنی وەرگێڕەکان بە وردی (ڕێکخراوی تەندروستیی جیهانی)
principle-who-confidentiality = دەستەبەرکردنی نەناسراوی و نهێنیپارێزی (ڕێکخراوی تەندروستیی جیهانی)
principle-who-informed-consent = ڕەزامەندیی ئاگادارانە (ڕێکخراوی تەندروستیی جیهانی)
principle-who-respect-assessment = ڕێزگرتن لە هەڵسەنگاندنی خودی کەسەکە بۆ بارودۆخەکەی (ڕێکخراوی تەندروستیی جیهانی)
principle-who-no-retraumatise = ڕێگریکردن لە تراومای دووبارە (ڕێکخراوی تەندروستیی جیهانی)
principle-who-emergency = ئامادەیی بۆ دەستێوەردانی فریاکەوتن (ڕێکخراوی تەندروستیی جیهانی)
principle-who-use-information = بەکارهێنانی زانیارییەکان بە شێوەیەکی سوودبەخش (ڕێکخراوی تەندروستیی جیهانی)
principle-ohchr-rights-centre = مافەکانی مرۆڤ لە ناوەندی کارەکەدا (کۆمیسیۆنی باڵای مافەکانی مرۆڤی نەتەوە یەکگرتووەکان)
principle-ohchr-non-punishment = سزانەدانی قوربانییان (کۆمیسیۆنی باڵای مافەکانی مرۆڤی نەتەوە یەکگرتووەکان)
principle-ohchr-unconditional-assistance = یارمەتیدان بەبێ مەرجی هاوکاریکردن (کۆمیسیۆنی باڵای مافەکانی مرۆڤی نەتەوە یەکگرتووەکان)
principle-ohchr-complicity = لێکۆڵینەوە لە هاوبەشیی کاربەدەستان (کۆمیسیۆنی باڵای مافەکانی مرۆڤی نەتەوە یەکگرتووەکان)
principle-palermo-consent-irrelevant = ڕەزامەندی بایەخی نامێنێت ئەگەر هەر یەکێک لە ئامرازەکان بەکارهاتبێت (پرۆتۆکۆلی بازرگانی بە مرۆڤەوە)
principle-smuggling-non-criminalisation = کۆچبەرانی بە قاچاخ گوازراوە لەسەر ئەوەی بە قاچاخ گوازراونەتەوە دادگایی ناکرێن (پرۆتۆکۆلی قاچاخچێتیی کۆچبەران)
principle-peace-planning = پلاندانان و ئامادەکاری (مۆدێلی PEACE)
principle-peace-engage-explain = پەیوەندی دروستکردن و ڕوونکردنەوە (مۆدێلی PEACE)
principle-peace-account = گێڕانەوە، ڕوونکردنەوەی خاڵەکان، ڕووبەڕووکردنەوە (مۆدێلی PEACE)
principle-peace-closure = کۆتاییهێنان (مۆدێلی PEACE)
principle-peace-evaluation = هەڵسەنگاندن (مۆدێلی PEACE)
principle-mendez-no-coercion = بێ زۆرلێکردن، بە هیچ شێوەیەک (بنەماکانی مێندێز)
principle-mendez-safeguards = گەرەنتییە یاساییەکان لە سەرانسەری پرۆسەکەدا (بنەماکانی مێندێز)
principle-mendez-vulnerability = دابینکردنی پێداویستییەکانی ئەو کەسانەی لە بارودۆخی لاوازیدان (بنەماکانی مێندێز)
principle-gp-trauma-informed = پەیوەندیی هۆشیار بە تراوما
principle-gp-interpreter-neutral = وەرگێڕانی بێلایەن و شارەزایانە
principle-gp-gender-choice = پێشکەشکردنی هەڵبژاردنی ڕەگەزی چاوپێکەوتنکار و وەرگێڕ
principle-gp-child-presumption = گریمانەی منداڵبوون و بەرژەوەندیی باڵای منداڵ
principle-gp-digital-evidence = بەڵگەی دیجیتاڵیی یاسایی، بە ڕەزامەندی و تۆمارکراو
principle-gp-corroboration = پشتڕاستکردنەوە لە دەرەوەی لێدوانی قوربانی
principle-gp-referral-coordination = ڕەوانەکردن و هەماهەنگیی نێوان دەزگاکان
principle-gp-risk-assessment = هەڵسەنگاندنی مەترسی و پلاندانانی سەلامەتی
principle-gp-data-protection = نهێنیپارێزی و پاراستنی زانیاری

## Command-line transcript

cli-scenario = سیناریۆ
cli-seed = تۆو
cli-choice = هەڵبژاردن
cli-you-chose = هەڵتبژارد
cli-feedback = تێبینی
cli-principle = بنەما
cli-critical = مەترسیدار
cli-ending = کۆتایی
cli-not-finished = تەواو نەبوو: هەڵبژاردنەکان پێش گەیشتن بە کۆتاییەک بڕانەوە.
cli-score = نمرە
cli-total = کۆی گشتی
cli-critical-errors = هەڵە مەترسیدارەکان

## Class report (sanad report, and the instructor's class view)

report-title = ڕاپۆرتی گرووپی ڕاهێنان
report-summary = ژمارەی هەوڵەکان: { $attempts } (تەواوکراو: { $finished })، ژمارەی ڕاهێنراوان: { $trainees }، ژمارەی سیناریۆکان: { $scenarios }.
report-competencies = لێهاتووییەکان
report-competency = لێهاتوویی
report-mean = تێکڕا ٪
report-median = ناوەند ٪
report-min = کەمترین ٪
report-max = زۆرترین ٪
report-critical = ئەو هەڵە مەترسیدارانەی زۆرتر دووبارە بوونەتەوە
report-times = { $count } جار، لەلایەن { $trainees } ڕاهێنراوەوە
report-decisions = هەڵبژاردنەکان لە هەر بڕیارێکدا
report-questions = جۆرەکانی پرسیار
report-recommended = ڕێژەی پرسیارە پێشنیارکراوەکان: بە تێکڕا { $mean }٪ (کەمترین { $min }٪، زۆرترین { $max }٪).
report-outcomes = ئەنجامەکان
report-trainees = بەپێی کۆدی ڕاهێنراو
report-trainee = کۆدی ڕاهێنراو
report-attempts = هەوڵەکان
report-total = تێکڕای کۆی گشتی ٪
report-skipped = ئەو فایلانەی نەخرانە ناو ڕاپۆرتەکەوە
report-percent = { $percent }٪
report-chart-competencies = تێکڕای نمرە بۆ هەر لێهاتووییەک (هێڵ: لە کەمترینەوە بۆ زۆرترین؛ سوور: ناوەند)
report-chart-questions = پرسیارە کراوەکان بەپێی جۆر
report-chart-outcomes = ئەو کۆتاییانەی پێیان گەیشتراوە
report-unfinished = تەواو نەکراو

## Progress, records and the class view

home-progress = پێشکەوتن و تۆمارەکانم
home-class = ڕاپۆرتی گرووپ (بۆ ڕاهێنەر)
progress-title = پێشکەوتنەکەم
progress-privacy = لێرەدا تەنها بە کۆدی ڕاهێنراوەکەت دەناسرێیت. پێویست بە ناوی ڕاستەقینەت نییە، و هیچ شتێک لەم کۆمپیوتەرە ناچێتە دەرەوە مەگەر خۆت هەناردەی بکەیت.
progress-none = سیناریۆیەک تەواو بکە بۆ ئەوەی پێشکەوتنەکەت لێرە ببینیت.
progress-attempts = ژمارەی هەوڵە تەواوکراوەکان: { $count }. هەر ستوونێک هەوڵێکە، لە کۆنترینەوە.
progress-next = دواتر ڕاهێنان بکە لەسەر: { $title }. ڕاهێنان لەسەر «{ $competency }» دەکات، کە تا ئێستا لاوازترین لێهاتووییتە (تێکڕا { $percent }٪).
progress-start = بەمە دەست پێبکە: { $title }.
progress-open = کردنەوەی
progress-export = هەناردەکردن بۆ ڕاهێنەر
progress-exported = { $count } هەوڵ لە { $path } پاشەکەوت کران. ئەم بوخچەیە کۆپی بکە بۆ فلاشی ڕاهێنەرەکە.
progress-export-failed = هەناردەکردن سەرکەوتوو نەبوو: { $error }
progress-delete = سڕینەوەی تۆمارەکانم
progress-delete-confirm = بەڵێ، تۆمارەکانم بە یەکجاری بسڕەوە
progress-deleted = { $count } تۆمار سڕانەوە.
class-title = ڕاپۆرتی گرووپی ڕاهێنان
class-source = ئەو هەوڵانەی لەم کۆمپیوتەرەدان و لە { $path }. بوخچەکانی هەناردەی ڕاهێنراوان کۆپی بکە بۆ ئەوێ، پاشان ئەم ڕاپۆرتە دووبارە بکەرەوە.
class-none = هێشتا هیچ هەوڵێک نییە.
class-skipped = { $count } فایل بەکار نەهێنران؛ فەرمانی ‎`sanad report`‎ لەگەڵ هۆکارەکەیان ڕیزیان دەکات.
class-spread = تێکڕا { $mean }٪، لە { $min }٪ تا { $max }٪، { $attempts } هەوڵ
settings-data = داتای ڕاهێنان لەسەر ئەم کۆمپیوتەرە
settings-delete-all = سڕینەوەی هەموو داتاکانی ڕاهێنان لەسەر ئەم کۆمپیوتەرە
settings-delete-all-confirm = بەڵێ، هەمووی بسڕەوە (ناتوانرێت بگەڕێندرێتەوە)
settings-deleted-all = هەموو داتاکانی ڕاهێنان لەسەر ئەم کۆمپیوتەرە سڕانەوە.

## شێوازی وۆرکشۆپ: خاڵەکانی گفتوگۆ، ڕاگرتنی هەڵسەنگاندن، کۆدی ڕاهێنراو

play-discuss = خاڵی گفتوگۆ
play-discuss-note = ئەم پرسیارە لەگەڵ گرووپەکە گفتوگۆ بکەن، و کاتێک ڕاهێنەرەکەت داوای کرد بەردەوام بە.
play-think = بیری لێ بکەرەوە
debrief-held = هەڵسەنگاندنی کۆتایی چاوەڕێی گفتوگۆی گرووپەکەیە
debrief-held-note = هەڵبژاردنەکانت پاشەکەوت کران. ڕاهێنەرەکەت دوای گفتوگۆکە هەڵسەنگاندنی کۆتایی لەسەر ئەم کۆمپیوتەرە دەکاتەوە.
debrief-unlock-code = کۆدی ڕاهێنەر
debrief-unlock = کردنەوەی هەڵسەنگاندنی کۆتایی
debrief-unlock-wrong = ئەمە کۆدی وۆرکشۆپەکە نییە.
settings-trainee = کۆدی ڕاهێنراوی تۆ
settings-trainee-note = پێویست بە ناوی ڕاستەقینەت نییە. ئەو کۆدە بنووسە کە ڕاهێنەرەکەت پێی داویت، یان ئەم کۆدە بهێڵەوە. ئەنجامەکانت لەسەر ئەم کۆمپیوتەرە لە ژێر ئەم کۆدەدا هەڵدەگیرێن.
settings-trainee-save = ئەم کۆدە بەکاربهێنە
settings-trainee-saved = کۆدی ڕاهێنراوی تۆ ئێستا ئەمەیە: { $code }
settings-workshop = کۆدی وۆرکشۆپ (بۆ ڕاهێنەر)
settings-workshop-note = کاتێک کۆدی وۆرکشۆپ دانرابێت، لە شێوازی وۆرکشۆپدا هەڵسەنگاندنی کۆتایی هەر سیناریۆیەک چاوەڕێ دەکات تا ڕاهێنەر کۆدەکە لەسەر ئەم کۆمپیوتەرە دەنووسێت، بۆ ئەوەی گرووپەکە سەرەتا گفتوگۆ بکەن.
settings-workshop-set = ڕاگرتنی هەڵسەنگاندنەکان بەم کۆدە
settings-workshop-is-set = کۆدی وۆرکشۆپ دانراوە. بۆ لابردنی، بینووسە.
settings-workshop-remove = لابردنی کۆدەکە
entry-invalid = لە ٣ تا ١٦ پیتی لاتینی، ژمارە یان هێڵی بچووک بەکاربهێنە.
scenario-last-result-held = تەواوکرا: ئەنجامەکە لە هەڵسەنگاندنی کۆتاییدا پیشان دەدرێت
home-data-damaged = فایلی { $file } نەخوێندرایەوە، بۆیە بەرنامەکە بەبێ ئەو بەردەوام دەبێت. هیچ شتێک لەدەست نەچوو: ناوەڕۆکەکەی بە ناوی { $aside } هەڵگیرا.
home-data-unreadable = فایلی { $file } نەخوێندرایەوە، بۆیە بەرنامەکە بەبێ ئەو بەردەوام دەبێت. داوا لە ڕاهێنەرەکەت بکە فۆڵدەری داتاکان بپشکنێت.

## پانێڵی دیمەن (شاشەی یاری) و ڕێکخستنەکەی
play-scene-missing = دیمەنەکە ناکێشرێت ({ $problem }). گفتوگۆکە و دۆسیەی کەیس هێشتا هەموو شتێک پیشان دەدەن.
play-in-room = ئامادەبووان لە شوێنەکەدا
play-place = شوێن: { $place }
settings-scene = پیشاندانی دیمەن (شوێنەکە و ئەوانەی تێیدان)
place-interview-room = ژووری چاوپێکەوتن
place-front-desk = پێشوازیی بنکەی پۆلیس
place-checkpoint = خاڵی پشکنین
place-market = بازاڕ
place-meeting-room = هۆڵی کۆبوونەوە
place-apartment = شوقە
