"""Texts of the confirmation pattern, the badges and the paged, sorted lists (issue 14, part "confirm")."""

T = {
 # key: (French, Arabic, English)
 "Ui.Design.SuspendKept": ("Ce qui a déjà été payé reste payé ; la demande et son historique sont gardés.",
                           "ما تم أداؤه يبقى مؤدى؛ ويُحتفظ بالطلب وسجله.",
                           "What was already paid stays paid; the application and its history are kept."),
 "Ui.Design.BackToDesign": ("Retour au système de design", "العودة إلى نظام التصميم", "Back to the design system"),
 "Ui.Design.ConfirmPattern": ("Un bouton « danger » ouvre une page de confirmation : ce qui va se passer, ce qui est conservé, le bouton qui agit et un lien pour revenir. Suspendre, annuler une aide, effacer et fusionner un dossier passent tous par elle.",
                              "يفتح زر «الخطر» صفحة تأكيد: ما الذي سيحدث، وما الذي يُحتفظ به، والزر الذي ينفذ، ورابط للرجوع. توقيف الدعم وإلغاؤه ومحو الملف ودمجه تمر كلها عبرها.",
                              "A \"danger\" button opens a confirmation page: what will happen, what is kept, the button that acts and a link back. Suspending or cancelling support, erasing and merging a file all go through it."),
 "ReferralLife.Sort": ("Trier", "الترتيب", "Sort"),
 "ReferralLife.Sort.Updated": ("Dernière modification d'abord", "آخر تعديل أولًا", "Last changed first"),
 "ReferralLife.Sort.Overdue": ("En retard d'abord, puis par date de réponse", "المتأخرة أولًا، ثم حسب أجل الرد", "Overdue first, then by answer date"),
}
