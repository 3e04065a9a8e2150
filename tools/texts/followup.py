"""Texts of the follow-up area: contact notes, restricted notes, vulnerabilities and health."""

T = {
 # key: (French, Arabic, English)
 "FollowUp.Notes": ("Notes de suivi", "ملاحظات المتابعة", "Contact notes"),
 "FollowUp.NoNotes": ("Aucune note pour l'instant.", "لا توجد ملاحظات حتى الآن.", "No notes yet."),
 "FollowUp.AddNote": ("Ajouter une note", "إضافة ملاحظة", "Add a note"),
 "FollowUp.CorrectNote": ("Corriger la note", "تصحيح الملاحظة", "Correct the note"),
 "FollowUp.BackToFile": ("Retour au dossier", "العودة إلى الملف", "Back to the file"),
 "FollowUp.ContactKind": ("Type de contact", "نوع الاتصال", "Kind of contact"),
 "FollowUp.ContactedAt": ("Date et heure du contact", "تاريخ الاتصال وساعته", "Date and time of contact"),
 "FollowUp.ContactedInFuture": ("La date du contact ne peut pas être dans le futur.", "لا يمكن أن يكون تاريخ الاتصال في المستقبل.", "The date of contact cannot be in the future."),
 "FollowUp.NoteText": ("Note", "الملاحظة", "Note"),
 "FollowUp.Author": ("Auteur", "الكاتب", "Author"),
 "FollowUp.Restricted": ("Note restreinte", "ملاحظة مقيّدة", "Restricted note"),
 "FollowUp.RestrictedNote": ("Note restreinte (contenu réservé aux conseillers emploi)", "ملاحظة مقيّدة (المحتوى مخصص لمستشاري التشغيل)", "Restricted note (content for employment counsellors only)"),
 "FollowUp.Erased": ("(texte effacé)", "(نص محذوف)", "(text erased)"),
 "FollowUp.SensitiveNote": ("Note restreinte (santé, violences, situation personnelle)", "ملاحظة مقيّدة (الصحة، العنف، الوضع الشخصي)", "Restricted note (health, violence, personal situation)"),
 "FollowUp.SensitiveNoteHint": ("Seuls les conseillers emploi en liront le texte ; les autres verront qu'une note existe.", "لن يقرأ نصها إلا مستشارو التشغيل؛ وسيرى الآخرون أن ملاحظة موجودة فقط.", "Only employment counsellors will read its text; others will see that a note exists."),
 "FollowUp.RestrictedNoteForbidden": ("Seuls les conseillers emploi lisent et écrivent les notes restreintes.", "لا يقرأ الملاحظات المقيّدة ولا يكتبها إلا مستشارو التشغيل.", "Only employment counsellors read and write restricted notes."),
 "FollowUp.NoteNotYours": ("Seul l'auteur d'une note peut la corriger ; ajoutez plutôt une note.", "لا يصحّح الملاحظة إلا كاتبها؛ أضف ملاحظة جديدة بدلًا من ذلك.", "Only a note's author may correct it; add a note of your own instead."),
 "FollowUp.Vulnerabilities": ("Vulnérabilités et santé", "الهشاشة والصحة", "Vulnerabilities and health"),
 "FollowUp.VulnerabilitiesHint": ("Informations sensibles, chiffrées et réservées aux conseillers emploi ; chaque consultation est tracée.", "معلومات حساسة، مشفّرة ومخصصة لمستشاري التشغيل؛ كل اطلاع عليها مسجَّل.", "Sensitive information, encrypted and for employment counsellors only; every reading is recorded."),
 "FollowUp.VulnerabilitiesForbidden": ("Seuls les conseillers emploi consultent les vulnérabilités et la santé.", "لا يطّلع على الهشاشة والصحة إلا مستشارو التشغيل.", "Only employment counsellors see vulnerabilities and health."),
 "FollowUp.VulnerabilitiesUpdated": ("Vulnérabilités et santé mises à jour", "تحديث الهشاشة والصحة", "Vulnerabilities and health updated"),
 "FollowUp.VulnerabilityCategories": ("Situations", "الأوضاع", "Situations"),
 "FollowUp.HealthNote": ("Note santé et vulnérabilité", "ملاحظة حول الصحة والهشاشة", "Health and vulnerability note"),
 "Audit.note.recorded": ("Note de suivi ajoutée", "إضافة ملاحظة متابعة", "Contact note added"),
 "Audit.note.corrected": ("Note de suivi corrigée", "تصحيح ملاحظة متابعة", "Contact note corrected"),
 "Audit.note.restricted-viewed": ("Note restreinte consultée", "الاطلاع على ملاحظة مقيّدة", "Restricted note read"),
 "Audit.vulnerabilities.viewed": ("Vulnérabilités consultées", "الاطلاع على الهشاشة", "Vulnerabilities read"),
 "Audit.vulnerabilities.updated": ("Vulnérabilités mises à jour", "تحديث الهشاشة", "Vulnerabilities updated"),
}

for kind, (fr, ar, en) in {
    "AgencyVisit": ("Entretien à l'agence", "مقابلة في الوكالة", "Visit at the agency"),
    "FieldVisit": ("Visite à domicile ou sur le terrain", "زيارة منزلية أو ميدانية", "Home or field visit"),
    "Phone": ("Téléphone", "الهاتف", "Phone"),
    "WhatsApp": ("WhatsApp", "واتساب", "WhatsApp"),
    "Email": ("E-mail", "البريد الإلكتروني", "E-mail"),
    "Other": ("Autre", "أخرى", "Other"),
}.items():
    T[f"FollowUp.ContactKind.{kind}"] = (fr, ar, en)

for category, (fr, ar, en) in {
    "SingleParent": ("Parent isolé", "معيل وحيد للأسرة", "Single parent"),
    "Disability": ("Handicap", "إعاقة", "Disability"),
    "ChronicIllness": ("Maladie chronique", "مرض مزمن", "Chronic illness"),
    "Pregnancy": ("Grossesse", "حمل", "Pregnancy"),
    "ViolenceSurvivor": ("Survivant·e de violences", "ناجٍ(ية) من العنف", "Survivor of violence"),
    "WithoutHousing": ("Sans logement", "بدون سكن", "Without housing"),
    "Elderly": ("Personne âgée", "شخص مسن", "Elderly"),
    "Other": ("Autre", "أخرى", "Other"),
}.items():
    T[f"FollowUp.VulnerabilityCategory.{category}"] = (fr, ar, en)
