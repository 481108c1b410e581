# Sanad user interface: every text the app and the command line show outside scenarios.

## Application

app-name = سند
app-tagline = التدريب على التحقيق المتمحور حول الضحية
text-unavailable = [هذا النص غير متوفر بلغتك بعد.]

## Languages, each named in itself (the same in every locale)

language-choose = اختيار اللغة
language-en = English
language-ar = العربية
language-ckb = کوردی (سۆرانی)

## Modes

mode-label = نمط التدريب
mode-workshop = ورشة عمل
mode-workshop-desc = بإشراف المدرّب: تُؤجَّل التغذية الراجعة إلى المراجعة الختامية.
mode-self = تعلّم ذاتي
mode-self-desc = بشكل فردي: تظهر التغذية الراجعة بعد كل اختيار.

## Home and the scenario library

home-title = مكتبة السيناريوهات
home-trainee = رمز المتدرّب: { $code }
home-no-scenarios = تعذّر تحميل أي سيناريو. يُرجى الطلب من المدرّب التحقق من مجلد المحتوى.
home-settings = الإعدادات
home-quit = خروج
home-library-summary = { $count ->
    [one] سيناريو واحد، نحو { $minutes } دقيقة من المادة التدريبية
    [two] سيناريوهان، نحو { $minutes } دقيقة من المادة التدريبية
    [few] { $count } سيناريوهات، نحو { $minutes } دقيقة من المادة التدريبية
   *[other] { $count } سيناريو، نحو { $minutes } دقيقة من المادة التدريبية
}
home-suggested = الترتيب المقترح
home-suggested-item = { $n }. { $title }
home-resume = غادرتَ «{ $title }» قبل نهايته. يمكنك المتابعة من حيث توقفت.
home-resume-button = متابعة
home-resume-failed = لا يمكن متابعة الجلسة التي غادرتها، لأن السيناريو تغيّر منذ ذلك الحين. ابدأه من جديد من المكتبة.
home-group-interview = المقابلات
home-group-investigation = التحقيقات
home-group-coordination = التنسيق بين الجهات
scenario-kind-interview = مقابلة
scenario-kind-investigation = تحقيق
scenario-kind-coordination = تنسيق
scenario-minutes =
    { $minutes ->
        [one] نحو دقيقة واحدة
        [two] نحو دقيقتين
        [few] نحو { $minutes } دقائق
       *[other] نحو { $minutes } دقيقة
    }
scenario-competencies = الكفاءات التي يُدرَّب عليها
scenario-last-result = آخر نتيجة: { $percent }٪
scenario-last-result-none = لم يُجرَّب بعد
scenario-open = فتح

## Briefing

briefing-title = الإيجاز
briefing-background = خلفية القضية
briefing-objectives = الأهداف
briefing-content-note = تنبيه بشأن المحتوى
briefing-pause-note = تتناول هذه السيناريوهات حالات استغلال. يمكن الإيقاف المؤقت أو المغادرة في أي وقت بالضغط على مفتاح Esc.
briefing-start = البدء
briefing-back = العودة إلى المكتبة

## Play

play-narration = السرد
play-transcript = سير المحادثة حتى الآن
play-you = أنت
play-continue = متابعة
play-choose-hint = يتم الاختيار بالفأرة، أو بمفاتيح الأرقام ١–٩، أو بمفتاحَي Tab و Enter.
play-case-panel = ملف القضية
play-evidence = الأدلة
play-evidence-none = لم تُجمع أي أدلة بعد.
play-evidence-unlawful = جُمع بصورة غير مشروعة
play-referrals = الإحالات
play-contacts = الجهات التي جرى التواصل معها
play-notes = الملاحظات
play-none = لا شيء بعد.
play-turns-left = الخطوات المتبقية: { $turns }
play-feedback = التغذية الراجعة
play-principle = المبدأ: { $principle }
play-critical = خطأ جسيم
play-pause = إيقاف مؤقت
play-paused = متوقف مؤقتًا
play-resume = استئناف
play-leave = مغادرة السيناريو
play-stuck = لا يمكن متابعة هذا السيناريو من هذه النقطة. يُرجى إبلاغ المدرّب (العقدة { $node }).

## Cues: how the interviewee seems, in words

cue-trust = مدى ثقة الشخص بك
cue-trust-guarded = تحفّظ: إجابات مقتضبة وتجنّب للنظر في العينين
cue-trust-opening = بداية انفتاح: إجابات أكثر استرسالًا
cue-trust-confident = ثقة: حديث صريح وطرح للأسئلة
cue-distress = مدى تماسك الشخص
cue-distress-calm = هدوء
cue-distress-tense = توتر: تردّد في الكلام ويدان مقبوضتان
cue-distress-high = ضيق شديد: على وشك البكاء، وصعوبة في مواصلة الكلام

## Debrief

debrief-title = المراجعة الختامية
debrief-outcome = النتيجة
debrief-total = المجموع: { $percent }٪
debrief-scores = الدرجة لكل كفاءة
debrief-score-line = النقاط: { $earned } من { $max } ({ $percent }٪)
debrief-score-line-bound = النقاط: { $earned } من { $max } على الأقل
debrief-total-bound = المجموع: { $percent }٪ على الأكثر (لم يُحسب أفضل ما يمكن تحقيقه بالكامل)
debrief-score-not-assessed = لم تُقيَّم في هذا المسار
debrief-score-penalties = { $earned ->
    [0] لم تُخصم نقاط (في هذه الكفاءة يقتصر السيناريو على خصم النقاط)
   *[other] { $earned } (في هذه الكفاءة يقتصر السيناريو على خصم النقاط)
}
debrief-total-explained = المجموع هو متوسط النسب المئوية للكفاءات التي جرى تقييمها، مرجّحًا بالأوزان المحددة في معايير التقييم. وتُدرج الأخطاء الجسيمة أيًّا كان المجموع.
debrief-questions = أسئلتك
debrief-question-count = { $count }
debrief-questions-share = الأسئلة الموصى بها (المفتوحة والاستيضاحية): { $percent }٪ من أسئلتك
debrief-questions-none = لم تطرح أي سؤال في هذا السيناريو.
debrief-suggested = تفاصيل أدخلتها أسئلتك في الإفادة
question-invitation = سؤال مفتوح (دعوة إلى السرد: «حدّثني عن...»)
question-directive = سؤال استيضاحي (ماذا، أين، متى، مَن، كيف)
question-option-posing = سؤال مغلق (نعم أو لا، أو الاختيار بين أمرين)
question-suggestive = سؤال إيحائي (يفترض الإجابة أو يضغط)
question-statement = عبارة (ليست سؤالًا)
debrief-critical = الأخطاء الجسيمة
debrief-critical-none = لا توجد أخطاء جسيمة.
debrief-timeline = اختياراتك
debrief-choice = الاختيار { $n }
debrief-no-feedback = لا توجد تغذية راجعة لهذه الخطوة.
debrief-retry = إعادة المحاولة
debrief-other-seed = تجربة نسخة أخرى
debrief-next = السيناريو التالي
debrief-home = العودة إلى المكتبة
debrief-unfinished = انتهت الجلسة بمغادرة السيناريو قبل الوصول إلى إحدى نهاياته.

## Outcomes

outcome-protected = حماية الشخص
outcome-partial = نجاح جزئي
outcome-compromised = الإضرار بالقضية
outcome-harmful = إلحاق الأذى بالشخص

## Roles

role-investigator = المحقق
role-interviewee = مقدّم الإفادة
role-interpreter = المترجم
role-colleague = الزميل/الزميلة
role-supervisor = المشرف
role-suspect = المشتبه به
role-witness = الشاهد
role-support = مقدّم الدعم
role-other = دور آخر

## Agencies and services

agency-shelter = دار الإيواء أو السكن الآمن
agency-health = الرعاية الصحية
agency-legal-aid = المساعدة القانونية
agency-psychosocial = الدعم النفسي والاجتماعي
agency-labour-inspectorate = مفتشية العمل
agency-investigative-judge = قاضي التحقيق
agency-residency = مديرية الإقامة
agency-asayish = الأسايش
agency-customs = الكمارك
agency-border-police = شرطة الحدود
agency-child-protection = خدمات حماية الطفل
agency-iom = المنظمة الدولية للهجرة
agency-ngo = منظمة غير حكومية شريكة
agency-embassy = السفارة أو القنصلية
agency-dcvaw = مديرية مناهضة العنف ضد المرأة
agency-cybercrime-unit = وحدة مكافحة الجرائم الإلكترونية (وزارة الداخلية)
agency-anti-trafficking-unit = مديرية مكافحة الاتجار بالبشر (وزارة الداخلية الاتحادية)
agency-molsa-shelter = دار إيواء النساء (وزارة العمل والشؤون الاجتماعية)
agency-aml-office = مكتب مكافحة غسل الأموال وتمويل الإرهاب (البنك المركزي العراقي)

## Settings

settings-title = الإعدادات
settings-language = اللغة
settings-text-size = حجم النص
settings-text-small = صغير
settings-text-medium = متوسط
settings-text-large = كبير
settings-text-xlarge = كبير جدًا
settings-contrast = تباين عالٍ
settings-on = تشغيل
settings-off = إيقاف
settings-mode = نمط التدريب
settings-back = رجوع

## Loading and errors

loading = جارٍ التحميل…
load-error-title = تعذّر تحميل المحتوى التدريبي
load-error-body = عدد المشكلات التي عُثر عليها: { $count }. يُرجى الطلب من المدرّب تشغيل الأمر `sanad check`. المشكلة الأولى:
load-error-retry = إعادة المحاولة
load-error-quit = خروج

## Rubric: competencies

comp-safety = السلامة وعدم الإضرار
comp-safety-desc = تقييم المخاطر، ووضع خطة للسلامة، وفصل الشخص عمّن يتحكّم به، والجاهزية لحالات الطوارئ.
comp-consent = الموافقة المستنيرة وحرية القرار
comp-consent-desc = شرح الغرض من المقابلة وأوجه استخدام المعلومات؛ والحق في الرفض والتوقف وأخذ الاستراحات؛ وموافقة محددة على الاطلاع على بيانات الهاتف أو على إجراء الفحص الطبي.
comp-trauma = التواصل المراعي للصدمة النفسية
comp-trauma-desc = بناء الألفة والثقة، والأسئلة المفتوحة، وعدم اللوم، والصبر على التناقضات.
comp-rights = الحقوق وعدم المعاقبة
comp-rights-desc = عدم التوقيف أو توجيه التهم بسبب الدخول غير النظامي أو الأفعال المرتكبة تحت الإكراه؛ ومساعدة غير مشروطة بالإدلاء بالشهادة؛ والتعريف بالحقوق وبالمساعدة القانونية.
comp-gender-child = مراعاة النوع الاجتماعي واحتياجات الطفل
comp-gender-child-desc = عرض اختيار جنس المحقق والمترجم؛ وافتراض أن الشخص قاصر عند عدم التيقن من عمره؛ وتعيين وصيّ؛ ومراعاة المصلحة الفضلى للطفل.
comp-confidentiality = السرية وحماية البيانات
comp-confidentiality-desc = تبادل المعلومات على أساس الحاجة إلى المعرفة، وحماية الهوية، وتأمين السجلات.
comp-language = التواصل اللغوي والترجمة
comp-language-desc = مترجم محايد ومؤهل؛ والتحقق من اللهجة ومن الفهم.
comp-evidence = الأدلة وجودة التحقيق
comp-evidence-desc = تعزيز الأقوال بالأدلة، وجمع الأدلة بصورة مشروعة وموثقة، وسلسلة الحيازة، والتخطيط.
comp-referral = الإحالة والتنسيق
comp-referral-desc = الإحالة إلى خدمات الصحة والإيواء والمساعدة القانونية والعمل؛ والتنسيق بين الجهات؛ والمتابعة.

## Rubric: principles

principle-who-do-no-harm = عدم الإضرار (منظمة الصحة العالمية)
principle-who-know-risks = الإلمام بالموضوع وتقييم المخاطر (منظمة الصحة العالمية)
principle-who-referral-info = إعداد معلومات الإحالة، وعدم تقديم وعود لا يمكن الوفاء بها (منظمة الصحة العالمية)
principle-who-interpreters = اختيار المترجمين وإعدادهم بعناية (منظمة الصحة العالمية)
principle-who-confidentiality = ضمان عدم كشف الهوية والحفاظ على السرية (منظمة الصحة العالمية)
principle-who-informed-consent = الموافقة المستنيرة (منظمة الصحة العالمية)
principle-who-respect-assessment = احترام تقييم الشخص نفسه لوضعه (منظمة الصحة العالمية)
principle-who-no-retraumatise = تجنّب إعادة الصدمة (منظمة الصحة العالمية)
principle-who-emergency = الاستعداد للتدخل في حالات الطوارئ (منظمة الصحة العالمية)
principle-who-use-information = حسن استخدام المعلومات (منظمة الصحة العالمية)
principle-ohchr-rights-centre = حقوق الإنسان في صميم العمل (المفوضية السامية لحقوق الإنسان)
principle-ohchr-non-punishment = عدم معاقبة الضحايا (المفوضية السامية لحقوق الإنسان)
principle-ohchr-unconditional-assistance = المساعدة غير مشروطة بالتعاون (المفوضية السامية لحقوق الإنسان)
principle-ohchr-complicity = التحقيق في تواطؤ المسؤولين (المفوضية السامية لحقوق الإنسان)
principle-palermo-consent-irrelevant = لا عبرة بموافقة الضحية متى استُخدمت أيٌّ من الوسائل (بروتوكول الاتجار بالأشخاص)
principle-smuggling-non-criminalisation = عدم الملاحقة الجنائية للمهاجرين لمجرد تهريبهم (بروتوكول تهريب المهاجرين)
principle-peace-planning = التخطيط والإعداد (نموذج PEACE)
principle-peace-engage-explain = بناء التواصل والشرح (نموذج PEACE)
principle-peace-account = الرواية والاستيضاح والمواجهة (نموذج PEACE)
principle-peace-closure = الختام (نموذج PEACE)
principle-peace-evaluation = التقييم (نموذج PEACE)
principle-mendez-no-coercion = حظر الإكراه مطلقًا (مبادئ منديز)
principle-mendez-safeguards = الضمانات القانونية في جميع المراحل (مبادئ منديز)
principle-mendez-vulnerability = تلبية احتياجات الأشخاص في حالات الاستضعاف (مبادئ منديز)
principle-gp-trauma-informed = التعامل المراعي للصدمة النفسية
principle-gp-interpreter-neutral = ترجمة محايدة ومؤهلة
principle-gp-gender-choice = عرض اختيار جنس المحقق والمترجم
principle-gp-child-presumption = افتراض القِصَر ومراعاة المصلحة الفضلى للطفل
principle-gp-digital-evidence = أدلة رقمية مشروعة وقائمة على الموافقة وموثقة
principle-gp-corroboration = تعزيز الأقوال بأدلة تتجاوز إفادة الضحية
principle-gp-referral-coordination = الإحالة والتنسيق بين الجهات
principle-gp-risk-assessment = تقييم المخاطر والتخطيط للسلامة
principle-gp-data-protection = السرية وحماية البيانات

## Command-line transcript

cli-scenario = السيناريو
cli-seed = البذرة
cli-choice = اختيار
cli-you-chose = اختيارك
cli-feedback = التغذية الراجعة
cli-principle = المبدأ
cli-critical = خطأ جسيم
cli-ending = النهاية
cli-not-finished = لم يكتمل: نفدت الاختيارات قبل الوصول إلى نهاية.
cli-score = الدرجة
cli-total = المجموع
cli-critical-errors = الأخطاء الجسيمة

## Class report (sanad report, and the instructor's class view)

report-title = تقرير المجموعة التدريبية
report-summary = عدد المحاولات: { $attempts } (المكتملة: { $finished })، عدد المتدرّبين: { $trainees }، عدد السيناريوهات: { $scenarios }.
report-competencies = الكفاءات
report-competency = الكفاءة
report-mean = المتوسط ٪
report-median = الوسيط ٪
report-min = الأدنى ٪
report-max = الأعلى ٪
report-critical = الأخطاء الجسيمة الأكثر تكرارًا
report-times = { $count ->
    [one] مرة واحدة
    [two] مرتان
    [few] { $count } مرات
   *[other] { $count } مرة
}، { $trainees ->
    [one] من قِبل متدرّب واحد
    [two] من قِبل متدرّبَين
    [few] من قِبل { $trainees } متدرّبين
   *[other] من قِبل { $trainees } متدرّبًا
}
report-decisions = الخيارات عند كل قرار
report-questions = أنماط الأسئلة
report-recommended = نسبة الأسئلة الموصى بها: { $mean }٪ في المتوسط (الأدنى { $min }٪، والأعلى { $max }٪).
report-outcomes = النتائج
report-trainees = حسب رمز المتدرّب
report-trainee = رمز المتدرّب
report-attempts = المحاولات
report-total = متوسط المجموع ٪
report-skipped = ملفات لم تُدرج
report-percent = { $percent }٪
report-chart-competencies = متوسط الدرجة لكل كفاءة (الخط: من الأدنى إلى الأعلى؛ الأحمر: الوسيط)
report-chart-questions = الأسئلة المطروحة حسب النوع
report-chart-outcomes = النهايات التي جرى الوصول إليها
report-unfinished = لم تكتمل

## Progress, records and the class view

home-progress = تقدّمي وسجلّاتي
home-class = تقرير المجموعة (للمدرّب)
progress-title = تقدّمي
progress-privacy = لا يُعرَف عنك هنا إلا رمز المتدرّب. لا حاجة إلى اسمك الحقيقي، ولا يخرج أي شيء من هذا الحاسوب ما لم تقم أنت بتصديره.
progress-none = أكمِل سيناريو واحدًا على الأقل لترى تقدّمك هنا.
progress-attempts = عدد المحاولات المكتملة: { $count }. كل عمود يمثّل محاولة واحدة، من الأقدم إلى الأحدث.
progress-next = تدرّب بعد ذلك على: { $title }. فهو يدرّب على «{ $competency }»، وهي أضعف كفاءاتك حتى الآن (المتوسط { $percent }٪).
progress-start = ابدأ بـ: { $title }.
progress-open = فتحه
progress-export = تصدير للمدرّب
progress-exported = جرى حفظ { $count } محاولة في { $path }. انسخ هذا المجلد إلى وحدة USB الخاصة بالمدرّب.
progress-export-failed = تعذّر التصدير: { $error }
progress-delete = حذف سجلّاتي
progress-delete-confirm = نعم، احذف سجلّاتي نهائيًا
progress-deleted = جرى حذف { $count } سجلًّا.
class-title = تقرير المجموعة التدريبية
class-source = المحاولات المحفوظة على هذا الحاسوب وفي { $path }. انسخ مجلدات التصدير الخاصة بالمتدرّبين إلى هناك، ثم افتح هذا التقرير من جديد.
class-none = لا توجد محاولات بعد.
class-skipped = تعذّر استخدام { $count } ملفًا؛ يسردها الأمر ‎`sanad report`‎ مع السبب.
class-spread = المتوسط { $mean }٪، من { $min }٪ إلى { $max }٪، عدد المحاولات { $attempts }
settings-data = بيانات التدريب على هذا الحاسوب
settings-delete-all = حذف جميع بيانات التدريب من هذا الحاسوب
settings-delete-all-confirm = نعم، احذف كل شيء (لا يمكن التراجع عن ذلك)
settings-deleted-all = جرى حذف جميع بيانات التدريب من هذا الحاسوب.

## نمط الورشة: نقاط النقاش، وحجب المراجعة الختامية، ورمز المتدرّب

play-discuss = نقطة للنقاش
play-discuss-note = ناقشوا هذا السؤال في المجموعة، وتابِع عندما يطلب المدرّب ذلك.
play-think = فكّر في الأمر
debrief-held = المراجعة الختامية بانتظار نقاش المجموعة
debrief-held-note = حُفظت اختياراتك. سيفتح المدرّب المراجعة الختامية على هذا الحاسوب بعد النقاش.
debrief-unlock-code = رمز المدرّب
debrief-unlock = فتح المراجعة الختامية
debrief-unlock-wrong = هذا ليس رمز الورشة.
settings-trainee = رمز المتدرّب الخاص بك
settings-trainee-note = لا حاجة إلى اسمك الحقيقي. اكتب الرمز الذي أعطاك إياه المدرّب، أو احتفظ بهذا الرمز. تُحفظ نتائجك على هذا الحاسوب تحت هذا الرمز.
settings-trainee-save = استخدام هذا الرمز
settings-trainee-saved = رمز المتدرّب الخاص بك الآن هو { $code }.
settings-workshop = رمز الورشة (للمدرّب)
settings-workshop-note = عند تعيين رمز للورشة، تنتظر المراجعة الختامية لكل سيناريو في نمط الورشة إلى أن يكتب المدرّب الرمز على هذا الحاسوب، ليتناقش أفراد المجموعة أولاً.
settings-workshop-set = حجب المراجعات الختامية بهذا الرمز
settings-workshop-is-set = تم تعيين رمز للورشة. اكتبه لإزالته.
settings-workshop-remove = إزالة الرمز
entry-invalid = استخدم من ٣ إلى ١٦ حرفاً لاتينياً أو رقماً أو شَرطة.
scenario-last-result-held = أُنجز: تظهر النتيجة في المراجعة الختامية
home-data-damaged = تعذّرت قراءة الملف { $file }، لذلك يتابع البرنامج من دونه. لم يُفقد شيء: حُفظ محتواه باسم { $aside }.
home-data-unreadable = تعذّرت قراءة الملف { $file }، لذلك يتابع البرنامج من دونه. يُرجى الطلب من المدرّب التحقق من مجلد البيانات.

## لوحة المشهد (شاشة اللعب) وإعدادها
play-scene-missing = تعذّر رسم المشهد ({ $problem }). يبقى سير المحادثة وملف القضية يعرضان كل شيء.
play-in-room = الحاضرون في المكان
play-place = المكان: { $place }
settings-scene = عرض المشهد (المكان والحاضرون فيه)
place-interview-room = غرفة المقابلة
place-front-desk = استعلامات مركز الشرطة
place-checkpoint = نقطة التفتيش
place-market = السوق
place-meeting-room = قاعة الاجتماعات
place-apartment = الشقة
