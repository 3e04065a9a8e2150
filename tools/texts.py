#!/usr/bin/env python3
"""Writes src/Amuddu.Web/Resources/SharedResource{,.ar,.en}.resx from the table below.

The table is the one place where a text is written in all three languages side by side, so
a translator sees French, Arabic and English together. Run: python3 tools/texts.py
"""
import pathlib
from xml.sax.saxutils import escape

T = {
 # key: (French, Arabic, English)
 "SkipToContent": ("Aller au contenu", "انتقل إلى المحتوى", "Skip to content"),
 "MainNavigation": ("Navigation principale", "التنقل الرئيسي", "Main navigation"),
 "Language": ("Langue", "اللغة", "Language"),
 "SignOut": ("Se déconnecter", "تسجيل الخروج", "Sign out"),
 "StaffSignIn": ("Connexion du personnel", "دخول الموظفين", "Staff sign-in"),
 "FooterText": ("Amuddu — plateforme libre pour l'insertion professionnelle des personnes migrantes et réfugiées.", "أمودّو — منصة مفتوحة المصدر للإدماج المهني للمهاجرين واللاجئين.", "Amuddu — an open-source platform for bringing migrants and refugees into work."),
 "NavHome": ("Accueil", "الرئيسية", "Home"),
 "NavOrganisations": ("Organisations", "المؤسسات", "Organisations"),
 "NavUsers": ("Utilisateurs", "المستخدمون", "Users"),
 "NavAudit": ("Journal d'audit", "سجل التدقيق", "Audit trail"),
 "LandingTitle": ("Trouver une formation, un emploi, un accompagnement", "ابحث عن تكوين أو عمل أو مواكبة", "Find training, work and support"),
 "LandingLead": ("Amuddu relie les personnes migrantes et réfugiées au Maroc aux services d'emploi, de formation et d'aide sociale, en français, en arabe et en anglais.", "يربط أمودّو المهاجرين واللاجئين في المغرب بخدمات التشغيل والتكوين والمساعدة الاجتماعية، بالفرنسية والعربية والإنجليزية.", "Amuddu connects migrants and refugees in Morocco with employment, training and social-assistance services, in French, Arabic and English."),
 "LandingTrainingTitle": ("Se former", "التكوين", "Training"),
 "LandingTrainingText": ("Des formations professionnelles et des cours de langue, avec des bourses pour ceux qui en ont besoin.", "تكوينات مهنية ودروس في اللغة، مع منح لمن يحتاجها.", "Vocational training and language courses, with grants for those who need them."),
 "LandingJobsTitle": ("Travailler", "العمل", "Work"),
 "LandingJobsText": ("Un conseiller vous reçoit, fait le point sur vos compétences et vous met en relation avec des employeurs.", "يستقبلك مستشار، ويقيّم مهاراتك، ويربطك بالمشغّلين.", "A counsellor meets you, takes stock of your skills and puts you in touch with employers."),
 "LandingSupportTitle": ("Créer son activité", "إنشاء نشاطك", "Start a business"),
 "LandingSupportText": ("Un accompagnement et des aides pour lancer une activité indépendante ou une coopérative.", "مواكبة ومساعدات لإطلاق نشاط مستقل أو تعاونية.", "Coaching and grants to start self-employment or a cooperative."),
 "LandingHowTitle": ("Comment commencer ?", "كيف أبدأ؟", "How to start?"),
 "LandingHowText": ("Rendez-vous dans une agence pour l'emploi ou auprès d'un agent communautaire : l'inscription est gratuite, un titre de séjour ou un document du HCR suffit.", "توجّه إلى وكالة للتشغيل أو إلى وسيط مجتمعي: التسجيل مجاني، وتكفي بطاقة الإقامة أو وثيقة من المفوضية.", "Visit an employment agency or a community agent: registration is free, and a residence card or a UNHCR document is enough."),
 "LandingRightsText": ("Vos données ne sont partagées qu'avec votre accord, et vous pouvez à tout moment demander à les voir ou à les effacer.", "لا تتم مشاركة بياناتك إلا بموافقتك، ويمكنك في أي وقت طلب الاطلاع عليها أو حذفها.", "Your data is shared only with your consent, and you can ask to see or erase it at any time."),
 "ErrorTitle": ("Une erreur est survenue", "حدث خطأ", "Something went wrong"),
 "ErrorText": ("La demande n'a pas pu aboutir. Rien de ce qui était déjà enregistré n'est perdu ; réessayez dans un instant.", "تعذّر إتمام الطلب. لم يضِع أي شيء سبق حفظه؛ أعد المحاولة بعد قليل.", "The request could not be completed. Nothing already saved is lost; try again in a moment."),
 "NotFoundTitle": ("Page introuvable", "الصفحة غير موجودة", "Page not found"),
 "BackToStart": ("Retour à l'accueil", "العودة إلى الصفحة الرئيسية", "Back to the start page"),
 "SignInTitle": ("Connexion", "تسجيل الدخول", "Sign in"),
 "SignIn": ("Se connecter", "دخول", "Sign in"),
 "Email": ("Adresse e-mail", "البريد الإلكتروني", "E-mail address"),
 "Password": ("Mot de passe", "كلمة المرور", "Password"),
 "SignInFailed": ("Adresse e-mail ou mot de passe incorrect.", "البريد الإلكتروني أو كلمة المرور غير صحيحة.", "Wrong e-mail address or password."),
 "AccountLockedOut": ("Ce compte est verrouillé pour 15 minutes après plusieurs échecs.", "تم قفل هذا الحساب لمدة 15 دقيقة بعد عدة محاولات فاشلة.", "This account is locked for 15 minutes after several failed attempts."),
 "TooManyAttempts": ("Trop de tentatives de connexion depuis cette adresse. Réessayez dans une minute.", "محاولات دخول كثيرة من هذا العنوان. أعد المحاولة بعد دقيقة.", "Too many sign-in attempts from this address. Try again in a minute."),
 "TwoFactorTitle": ("Vérification en deux étapes", "التحقق بخطوتين", "Two-step verification"),
 "TwoFactorText": ("Saisissez le code à 6 chiffres affiché par votre application d'authentification.", "أدخل الرمز المكوّن من 6 أرقام الذي يعرضه تطبيق المصادقة.", "Enter the 6-digit code shown by your authenticator app."),
 "TwoFactorCode": ("Code de vérification", "رمز التحقق", "Verification code"),
 "RecoveryCodeOptional": ("Ou un code de récupération", "أو رمز استرداد", "Or a recovery code"),
 "Verify": ("Vérifier", "تحقق", "Verify"),
 "TwoFactorInvalid": ("Ce code n'est pas valide. Vérifiez l'heure de votre téléphone et réessayez.", "هذا الرمز غير صالح. تحقق من ساعة هاتفك وأعد المحاولة.", "That code is not valid. Check your phone's clock and try again."),
 "TwoFactorRequired": ("Le code de vérification en deux étapes est requis pour ce compte.", "رمز التحقق بخطوتين مطلوب لهذا الحساب.", "The two-step verification code is required for this account."),
 "TwoFactorEnrolmentRequired": ("Ce compte doit d'abord activer la vérification en deux étapes dans l'application web.", "يجب على هذا الحساب أولاً تفعيل التحقق بخطوتين في تطبيق الويب.", "This account must first set up two-step verification in the web app."),
 "EnrolTitle": ("Activer la vérification en deux étapes", "تفعيل التحقق بخطوتين", "Set up two-step verification"),
 "EnrolText": ("Votre rôle donne accès à des données personnelles : la connexion demande un code d'une application d'authentification.", "يتيح دورك الوصول إلى بيانات شخصية: يتطلب الدخول رمزًا من تطبيق مصادقة.", "Your role gives access to personal data: signing in needs a code from an authenticator app."),
 "EnrolStep1": ("Installez une application d'authentification (par exemple FreeOTP, Aegis ou Google Authenticator).", "ثبّت تطبيق مصادقة (مثل FreeOTP أو Aegis أو Google Authenticator).", "Install an authenticator app (for example FreeOTP, Aegis or Google Authenticator)."),
 "EnrolStep2": ("Scannez ce code QR avec l'application.", "امسح رمز QR هذا بالتطبيق.", "Scan this QR code with the app."),
 "EnrolManualKey": ("Ou saisissez cette clé :", "أو أدخل هذا المفتاح:", "Or enter this key:"),
 "EnrolStep3": ("Saisissez le code à 6 chiffres que l'application affiche.", "أدخل الرمز المكوّن من 6 أرقام الذي يعرضه التطبيق.", "Enter the 6-digit code the app shows."),
 "QrAlt": ("Code QR de la clé d'authentification", "رمز QR لمفتاح المصادقة", "QR code of the authenticator key"),
 "EnrolDone": ("La vérification en deux étapes est activée.", "تم تفعيل التحقق بخطوتين.", "Two-step verification is on."),
 "EnrolAlreadyDone": ("La vérification en deux étapes est déjà activée pour ce compte.", "التحقق بخطوتين مفعّل بالفعل لهذا الحساب.", "Two-step verification is already on for this account."),
 "RecoveryCodesTitle": ("Codes de récupération", "رموز الاسترداد", "Recovery codes"),
 "RecoveryCodesText": ("Gardez ces codes en lieu sûr : chacun permet une connexion si vous perdez votre téléphone. Ils ne seront plus affichés.", "احتفظ بهذه الرموز في مكان آمن: يتيح كل منها دخولاً واحداً إذا فقدت هاتفك. لن تُعرض مرة أخرى.", "Keep these codes somewhere safe: each one signs you in once if you lose your phone. They will not be shown again."),
 "Continue": ("Continuer", "متابعة", "Continue"),
 "AccessDeniedTitle": ("Accès refusé", "الوصول مرفوض", "Access denied"),
 "AccessDeniedText": ("Votre rôle ne permet pas d'ouvrir cette page.", "دورك لا يسمح بفتح هذه الصفحة.", "Your role does not allow you to open this page."),
 "HomeGreeting": ("Bonjour {0}", "مرحباً {0}", "Hello {0}"),
 "RecentActivity": ("Vos dernières connexions et actions", "آخر عمليات الدخول والإجراءات", "Your recent sign-ins and actions"),
 "NoActivity": ("Aucune activité enregistrée.", "لا يوجد نشاط مسجّل.", "No activity recorded."),
 "When": ("Quand", "متى", "When"),
 "What": ("Quoi", "ماذا", "What"),
 "From": ("Depuis", "من", "From"),
 "Subject": ("Objet", "الموضوع", "Subject"),
 "Detail": ("Détail", "التفاصيل", "Detail"),
 "OwnSites": ("Les sites de votre organisation", "مواقع مؤسستك", "Your organisation's sites"),
 "OrganisationKind": ("Type d'organisation", "نوع المؤسسة", "Kind of organisation"),
 "OrganisationName": ("Nom de l'organisation", "اسم المؤسسة", "Organisation name"),
 "Acronym": ("Sigle", "الاختصار", "Acronym"),
 "Region": ("Région", "الجهة", "Region"),
 "Sites": ("Sites et agences", "المواقع والوكالات", "Sites and agencies"),
 "Site": ("Site", "الموقع", "Site"),
 "SiteName": ("Nom du site", "اسم الموقع", "Site name"),
 "City": ("Ville", "المدينة", "City"),
 "Address": ("Adresse", "العنوان", "Address"),
 "Phone": ("Téléphone", "الهاتف", "Phone"),
 "NoSites": ("Aucun site enregistré.", "لا توجد مواقع مسجلة.", "No sites recorded."),
 "AddSite": ("Ajouter un site", "إضافة موقع", "Add a site"),
 "NewOrganisation": ("Nouvelle organisation", "مؤسسة جديدة", "New organisation"),
 "All": ("Tous", "الكل", "All"),
 "Filter": ("Filtrer", "تصفية", "Filter"),
 "Save": ("Enregistrer", "حفظ", "Save"),
 "Saved": ("Enregistré.", "تم الحفظ.", "Saved."),
 "NewUser": ("Nouvel utilisateur", "مستخدم جديد", "New user"),
 "DisplayName": ("Nom affiché", "الاسم المعروض", "Display name"),
 "Roles": ("Rôles", "الأدوار", "Roles"),
 "TwoFactor": ("Deux étapes", "خطوتان", "Two-step"),
 "Status": ("Statut", "الحالة", "Status"),
 "Yes": ("Oui", "نعم", "Yes"),
 "No": ("Non", "لا", "No"),
 "Active": ("Actif", "نشط", "Active"),
 "Deactivated": ("Désactivé", "معطّل", "Deactivated"),
 "LockedOut": ("Verrouillé", "مقفل", "Locked"),
 "AccountActive": ("Le compte peut se connecter", "يمكن للحساب تسجيل الدخول", "The account may sign in"),
 "InitialPassword": ("Mot de passe initial", "كلمة المرور الأولية", "Initial password"),
 "PasswordHint": ("Au moins {0} caractères ; une phrase facile à retenir convient bien.", "{0} حرفًا على الأقل؛ العبارة السهلة التذكر مناسبة.", "At least {0} characters; an easy-to-remember phrase works well."),
 "ConcurrencyStamp": ("Version", "الإصدار", "Version"),
 "ValidationTitle": ("Certains champs sont à corriger.", "بعض الحقول تحتاج إلى تصحيح.", "Some fields need correcting."),
 "FieldRequired": ("Le champ « {0} » est obligatoire.", "الحقل «{0}» إلزامي.", "{0} is required."),
 "FieldTooLong": ("Le champ « {0} » dépasse {1} caractères.", "الحقل «{0}» يتجاوز {1} حرفًا.", "{0} is longer than {1} characters."),
 "FieldInvalidEmail": ("Le champ « {0} » n'est pas une adresse e-mail valide.", "الحقل «{0}» ليس عنوان بريد إلكتروني صالحًا.", "{0} is not a valid e-mail address."),
 "FieldNotAllowed": ("La valeur du champ « {0} » n'est pas dans la liste permise.", "قيمة الحقل «{0}» ليست ضمن القائمة المسموح بها.", "The value of {0} is not one of those allowed."),
 "FieldInvalid": ("La valeur du champ « {0} » n'est pas valide.", "قيمة الحقل «{0}» غير صالحة.", "The value of {0} is not valid."),
 "BodyUnreadable": ("Le corps de la requête n'est pas un JSON lisible.", "محتوى الطلب ليس JSON قابلاً للقراءة.", "The request body is not readable JSON."),
 "PasswordTooLong": ("Le mot de passe dépasse {0} caractères.", "كلمة المرور تتجاوز {0} حرفًا.", "The password is longer than {0} characters."),
 "PasswordTooCommon": ("Ce mot de passe est trop courant ou contient le nom du compte ; choisissez une phrase plus personnelle.", "كلمة المرور هذه شائعة جدًا أو تحتوي على اسم الحساب؛ اختر عبارة أكثر خصوصية.", "This password is too common or contains the account name; choose a more personal phrase."),
 "EmailTaken": ("Un compte existe déjà avec l'adresse {0}.", "يوجد حساب بالفعل بالعنوان {0}.", "An account already exists with the address {0}."),
 "OrganisationNameTaken": ("Une organisation s'appelle déjà « {0} ».", "توجد مؤسسة باسم «{0}» بالفعل.", "An organisation named \"{0}\" already exists."),
 "SiteNameTaken": ("Cette organisation a déjà un site « {0} ».", "لدى هذه المؤسسة موقع باسم «{0}» بالفعل.", "This organisation already has a site named \"{0}\"."),
 "CannotDemoteSelf": ("Vous ne pouvez pas retirer votre propre rôle d'administrateur ni désactiver votre propre compte.", "لا يمكنك إزالة دور المسؤول عن نفسك أو تعطيل حسابك.", "You cannot remove your own Administrator role or deactivate your own account."),
 "EditedByOther": ("Quelqu'un d'autre a modifié cette fiche entre-temps. Rechargez la page pour voir ses changements.", "قام شخص آخر بتعديل هذا السجل في الأثناء. أعد تحميل الصفحة لرؤية التغييرات.", "Someone else changed this record meanwhile. Reload the page to see their changes."),
}

for kind, (fr, ar, en) in {
    "EmploymentService": ("Service public de l'emploi", "المرفق العمومي للتشغيل", "Public employment service"),
    "SocialAssistance": ("Aide sociale", "المساعدة الاجتماعية", "Social assistance"),
    "Ngo": ("Association (ONG)", "جمعية (منظمة غير حكومية)", "NGO"),
    "TrainingProvider": ("Organisme de formation", "مؤسسة تكوين", "Training provider"),
    "Employer": ("Employeur", "مشغّل", "Employer"),
    "Donor": ("Bailleur de fonds", "جهة مانحة", "Donor"),
}.items():
    T[f"OrganisationKind.{kind}"] = (fr, ar, en)

ROLES = {
    "Administrator": (("Administrateur", "مسؤول", "Administrator"),
        ("Gérez les comptes de votre organisation, ses sites et les données de référence ; consultez le journal d'audit.", "أدِر حسابات مؤسستك ومواقعها والبيانات المرجعية؛ واطّلع على سجل التدقيق.", "Manage your organisation's accounts, its sites and the reference data; read the audit trail.")),
    "CommunityAgent": (("Agent communautaire", "وسيط مجتمعي", "Community agent"),
        ("Planifiez vos sorties dans les quartiers, animez les séances d'information et pré-inscrivez les personnes rencontrées.", "خطّط لجولاتك في الأحياء، وأطّر جلسات الإعلام، وسجّل مسبقًا الأشخاص الذين تلتقيهم.", "Plan your neighbourhood outreach, run information sessions and pre-register the people you meet.")),
    "Counsellor": (("Conseiller emploi", "مستشار في التشغيل", "Employment counsellor"),
        ("Accueillez, positionnez et suivez les personnes : plan d'action, rendez-vous, résultats.", "استقبل الأشخاص وحدّد وضعيتهم وتابعهم: خطة العمل، المواعيد، النتائج.", "Receive, position and follow people: action plan, appointments, outcomes.")),
    "SelfEmploymentCounsellor": (("Conseiller en auto-emploi", "مستشار في التشغيل الذاتي", "Self-employment counsellor"),
        ("Accompagnez les projets d'activité, les demandes de micro-subventions et les coopératives.", "واكب مشاريع الأنشطة وطلبات المنح الصغيرة والتعاونيات.", "Support business projects, micro-grant applications and cooperatives.")),
    "PartnerCaseworker": (("Référent partenaire", "مرجع لدى الشريك", "Partner caseworker"),
        ("Recevez les orientations adressées à votre structure, acceptez-les et renseignez leur résultat.", "استقبل الإحالات الموجهة إلى مؤسستك، واقبلها، وسجّل نتيجتها.", "Receive referrals to your organisation, accept them and record their outcome.")),
    "ProgrammeOfficer": (("Chargé de programme", "مكلف بالبرنامج", "Programme officer"),
        ("Vérifiez l'éligibilité, examinez et approuvez les aides à quatre yeux, suivez les paiements.", "تحقق من الأهلية، وادرس المساعدات ووافق عليها بمبدأ العينين الأربع، وتابع الأداءات.", "Check eligibility, review and approve support with four eyes, follow payments.")),
    "EmployerUser": (("Employeur", "مشغّل", "Employer"),
        ("Publiez vos offres, recevez des candidats et confirmez les embauches.", "انشر عروضك، واستقبل المرشحين، وأكّد التوظيفات.", "Post vacancies, receive candidates and confirm hires.")),
    "TrainingCoordinator": (("Coordinateur du renforcement des capacités", "منسق تعزيز القدرات", "Capacity-building coordinator"),
        ("Organisez les cycles de formation du personnel, les sessions et les échanges entre pairs.", "نظّم دورات تكوين الموظفين والجلسات وتبادل الخبرات بين الأقران.", "Organise staff training cycles, sessions and peer exchanges.")),
    "Analyst": (("Chargé de suivi-évaluation", "مكلف بالتتبع والتقييم", "M&E analyst"),
        ("Consultez les indicateurs par axe de résultat et leurs ventilations.", "اطّلع على المؤشرات حسب محور النتائج وتفصيلاتها.", "Read the indicators by result area and their breakdowns.")),
}
for role, (name, home) in ROLES.items():
    T[f"Role.{role}"] = name
    T[f"RoleHome.{role}"] = home

for action, (fr, ar, en) in {
    "sign-in.succeeded": ("Connexion réussie", "دخول ناجح", "Signed in"),
    "sign-in.failed": ("Échec de connexion", "فشل الدخول", "Sign-in failed"),
    "sign-in.locked-out": ("Compte verrouillé", "قفل الحساب", "Account locked"),
    "sign-in.not-allowed": ("Connexion non autorisée", "دخول غير مسموح", "Sign-in not allowed"),
    "two-factor.requested": ("Code de vérification demandé", "طلب رمز التحقق", "Verification code requested"),
    "two-factor.failed": ("Code de vérification refusé", "رفض رمز التحقق", "Verification code refused"),
    "two-factor.enrolment-required": ("Activation des deux étapes requise", "يلزم تفعيل الخطوتين", "Two-step set-up required"),
    "two-factor.enrolled": ("Deux étapes activées", "تفعيل الخطوتين", "Two-step turned on"),
    "sign-out": ("Déconnexion", "تسجيل الخروج", "Signed out"),
    "session.expired": ("Session expirée", "انتهاء الجلسة", "Session expired"),
    "access.denied": ("Accès refusé", "رفض الوصول", "Access denied"),
    "organisation.created": ("Organisation créée", "إنشاء مؤسسة", "Organisation created"),
    "site.created": ("Site créé", "إنشاء موقع", "Site created"),
    "user.created": ("Utilisateur créé", "إنشاء مستخدم", "User created"),
    "user.updated": ("Utilisateur modifié", "تعديل مستخدم", "User changed"),
}.items():
    T[f"Audit.{action}"] = (fr, ar, en)

for status, (fr, ar, en) in {
    400: ("La requête est invalide.", "الطلب غير صالح.", "The request is not valid."),
    401: ("Connexion requise.", "يلزم تسجيل الدخول.", "Sign-in required."),
    403: ("Votre rôle ne permet pas cette action.", "دورك لا يسمح بهذا الإجراء.", "Your role does not allow this."),
    404: ("Introuvable.", "غير موجود.", "Not found."),
    405: ("Méthode non permise.", "الطريقة غير مسموح بها.", "Method not allowed."),
    409: ("Conflit avec l'état actuel.", "تعارض مع الحالة الحالية.", "Conflict with the current state."),
    415: ("Format de contenu non pris en charge.", "صيغة المحتوى غير مدعومة.", "Unsupported content type."),
    422: ("La demande ne peut pas être traitée.", "لا يمكن معالجة الطلب.", "The request cannot be processed."),
    423: ("Ce compte est verrouillé.", "هذا الحساب مقفل.", "This account is locked."),
    429: ("Trop de requêtes.", "طلبات كثيرة جدًا.", "Too many requests."),
    500: ("Une erreur est survenue ; rien de ce qui était enregistré n'est perdu.", "حدث خطأ؛ لم يضِع أي شيء محفوظ.", "Something went wrong; nothing already saved is lost."),
}.items():
    T[f"Problem.{status}"] = (fr, ar, en)

HEADER = """<?xml version="1.0" encoding="utf-8"?>
<!-- Generated by tools/texts.py: edit the table there, then run it. -->
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""

out = pathlib.Path(__file__).resolve().parent.parent / "src/Amuddu.Web/Resources"
for index, suffix in enumerate(["", ".ar", ".en"]):
    body = "".join(f'  <data name="{escape(k)}" xml:space="preserve"><value>{escape(v[index])}</value></data>\n'
                   for k, v in sorted(T.items()))
    (out / f"SharedResource{suffix}.resx").write_text(HEADER + body + "</root>\n", encoding="utf-8")
print(f"{len(T)} texts written in 3 languages")
