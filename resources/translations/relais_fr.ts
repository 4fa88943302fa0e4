<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Relais</name>
    <message>
        <source>The newsroom server %1 refused the password of “%2”.</source>
        <translation>Le serveur de la rédaction %1 a refusé le mot de passe de «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The newsroom server %1 refused the password of “%2” found in libpq&apos;s password file.</source>
        <translation>Le serveur de la rédaction %1 a refusé le mot de passe de «&#xa0;%2&#xa0;» trouvé dans le fichier de mots de passe de libpq.</translation>
    </message>
    <message>
        <source>There is no database “%1” on the newsroom server %2:%3.</source>
        <translation>Il n’y a pas de base «&#xa0;%1&#xa0;» sur le serveur de la rédaction %2:%3.</translation>
    </message>
    <message>
        <source>The newsroom server %1 could not be reached safely: %2</source>
        <translation>Le serveur de la rédaction %1 n’a pas pu être joint de façon sûre&#xa0;: %2</translation>
    </message>
    <message>
        <source>The newsroom server %1 is not answering (%2).</source>
        <translation>Le serveur de la rédaction %1 ne répond pas (%2).</translation>
    </message>
    <message>
        <source>The newsroom server %1 does not let “%2” in: %3</source>
        <translation>Le serveur de la rédaction %1 ne laisse pas entrer «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot connect to the newsroom server %1: %2</source>
        <translation>Impossible de se connecter au serveur de la rédaction %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connecting to the newsroom was cancelled.</source>
        <translation>La connexion à la rédaction a été annulée.</translation>
    </message>
    <message>
        <source>Newsroom Password</source>
        <translation>Mot de passe de la rédaction</translation>
    </message>
    <message>
        <source>Password of “%1” on %2:</source>
        <translation>Mot de passe de «&#xa0;%1&#xa0;» sur %2&#xa0;:</translation>
    </message>
    <message>
        <source>The address “%1” holds a password. Relais never keeps passwords in addresses. %2</source>
        <translation>L’adresse «&#xa0;%1&#xa0;» contient un mot de passe. Relais ne garde jamais de mot de passe dans une adresse. %2</translation>
    </message>
    <message>
        <source>The newsroom server %1 asks for the password of “%2”, and none was given. %3</source>
        <translation>Le serveur de la rédaction %1 demande le mot de passe de «&#xa0;%2&#xa0;», et aucun n’a été donné. %3</translation>
    </message>
    <message>
        <source>The newsroom server %1 is not taking connections at the moment (%2).</source>
        <translation>Le serveur de la rédaction %1 n’accepte pas de connexion pour le moment (%2).</translation>
    </message>
    <message>
        <source>The offline journal “%1” cannot be read or written.</source>
        <translation>Le journal hors ligne «&#xa0;%1&#xa0;» ne peut être ni lu ni écrit.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Quelqu’un</translation>
    </message>
    <message>
        <source>%1 deleted this item for good at %2.</source>
        <translation>%1 a supprimé définitivement cet élément à %2.</translation>
    </message>
    <message>
        <source>%1 saved a newer version at %2 while your changes waited.</source>
        <translation>%1 a enregistré une version plus récente à %2 pendant que vos modifications attendaient.</translation>
    </message>
    <message>
        <source>Someone saved a newer version while your changes waited.</source>
        <translation>Quelqu’un a enregistré une version plus récente pendant que vos modifications attendaient.</translation>
    </message>
    <message>
        <source>The newsroom server %1 could not be reached safely: %2
It presents the certificate “%3”, issued by “%4”, valid until %5, SHA-256 fingerprint %6. Ask the newsroom&apos;s administrator whether this is their server&apos;s certificate; if it is, put their certificate authority in ~/.postgresql/root.crt or name it with sslrootcert= in the address.</source>
        <translation>Le serveur de la rédaction %1 n’a pas pu être joint de façon sûre&#xa0;: %2
Il présente le certificat «&#xa0;%3&#xa0;», émis par «&#xa0;%4&#xa0;», valable jusqu’au %5, empreinte SHA-256 %6. Demandez à l’administrateur de la rédaction si c’est bien le certificat de son serveur&#xa0;; si oui, placez son autorité de certification dans ~/.postgresql/root.crt ou indiquez-la par sslrootcert= dans l’adresse.</translation>
    </message>
    <message>
        <source>“%1” may no longer connect to the newsroom server %2: an administrator disabled this login.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut plus se connecter au serveur de la rédaction %2&#xa0;: un administrateur a désactivé cet identifiant.</translation>
    </message>
    <message>
        <source>“%1” is in the trash.</source>
        <translation>«&#xa0;%1&#xa0;» est dans la corbeille.</translation>
    </message>
</context>
<context>
    <name>Relais::ActivityDialog</name>
    <message>
        <source>Activity Log</source>
        <translation>Journal d’activité</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>The last 7 days</source>
        <translation>Les 7 derniers jours</translation>
    </message>
    <message>
        <source>The last 30 days</source>
        <translation>Les 30 derniers jours</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>created</source>
        <translation>a créé</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>a modifié</translation>
    </message>
    <message>
        <source>sent for review</source>
        <translation>a envoyé en relecture</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>a approuvé</translation>
    </message>
    <message>
        <source>returned to the writer</source>
        <translation>a renvoyé à l’auteur</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>a attribué</translation>
    </message>
    <message>
        <source>commented</source>
        <translation>a commenté</translation>
    </message>
    <message>
        <source>changed the status</source>
        <translation>a changé le statut</translation>
    </message>
    <message>
        <source>moved to the trash</source>
        <translation>a mis à la corbeille</translation>
    </message>
    <message>
        <source>restored from the trash</source>
        <translation>a restauré de la corbeille</translation>
    </message>
    <message>
        <source>deleted for good</source>
        <translation>a supprimé définitivement</translation>
    </message>
    <message>
        <source>restored a revision</source>
        <translation>a restauré une révision</translation>
    </message>
    <message>
        <source>decided a submission</source>
        <translation>a statué sur une proposition</translation>
    </message>
    <message>
        <source>published the site</source>
        <translation>a publié le site</translation>
    </message>
    <message>
        <source>changed the team</source>
        <translation>a modifié l’équipe</translation>
    </message>
</context>
<context>
    <name>Relais::AgendaEditor</name>
    <message>
        <source>Name of the event</source>
        <translation>Nom de l’événement</translation>
    </message>
    <message>
        <source>made from the title when saved</source>
        <translation>fait à partir du titre à l’enregistrement</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Fin&#xa0;:</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Toute la journée</translation>
    </message>
    <message>
        <source>Name of the place, or “Online”</source>
        <translation>Nom du lieu, ou «&#xa0;En ligne&#xa0;»</translation>
    </message>
    <message>
        <source>What happens, for whom, how to take part (Markdown)</source>
        <translation>Ce qui se passe, pour qui, comment participer (Markdown)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Online &amp;link:</source>
        <translation>&amp;Lien en ligne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Rubriques&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Address &amp;name:</source>
        <translation>&amp;Nom d’adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Contacts&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Relais::AgendaExport</name>
    <message>
        <source>Making a PDF needs the graphical part of Qt.</source>
        <translation>Faire un PDF demande la partie graphique de Qt.</translation>
    </message>
    <message>
        <source>Cannot write the PDF “%1”.</source>
        <translation>Impossible d’écrire le PDF «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Relais::AgendaRepository</name>
    <message>
        <source>The agenda entry %1 does not exist.</source>
        <translation>L’événement %1 n’existe pas.</translation>
    </message>
</context>
<context>
    <name>Relais::ArticleEditor</name>
    <message>
        <source>Title of the article</source>
        <translation>Titre de l’article</translation>
    </message>
    <message>
        <source>made from the title when saved</source>
        <translation>fait à partir du titre à l’enregistrement</translation>
    </message>
    <message>
        <source>One or two sentences shown in lists</source>
        <translation>Une ou deux phrases montrées dans les listes</translation>
    </message>
    <message>
        <source>Text of the article, in Markdown</source>
        <translation>Texte de l’article, en Markdown</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Genre&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Rubriques&#xa0;:</translation>
    </message>
    <message>
        <source>Address &amp;name:</source>
        <translation>&amp;Nom d’adresse&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Chapô&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>C&amp;orps&#xa0;:</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Contacts&#xa0;:</translation>
    </message>
    <message>
        <source>Allow raw HTML in the body</source>
        <translation>Autoriser le HTML brut dans le corps</translation>
    </message>
    <message>
        <source>Keep HTML written in the body (an embedded video, a form) instead of showing it as text. Only for HTML you trust: it goes to the site as it is.</source>
        <translation>Garder le HTML écrit dans le corps (une vidéo intégrée, un formulaire) au lieu de l’afficher comme du texte. Seulement pour du HTML de confiance&#xa0;: il part tel quel sur le site.</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>The language of the text: spelling, typography and the page&apos;s language for screen readers</source>
        <translation>La langue du texte&#xa0;: orthographe, typographie et langue de la page pour les lecteurs d’écran</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Featured &amp;image:</source>
        <translation>&amp;Image à la une&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Relais::ArticleRepository</name>
    <message>
        <source>The article %1 does not exist.</source>
        <translation>L’article %1 n’existe pas.</translation>
    </message>
</context>
<context>
    <name>Relais::AttachmentFetcher</name>
    <message>
        <source>“%1”: the server sent nothing for %2 seconds.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: le serveur n’a rien envoyé pendant %2 secondes.</translation>
    </message>
    <message>
        <source>“%1”: cancelled.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: annulé.</translation>
    </message>
    <message>
        <source>“%1”: only http and https addresses are downloaded, not “%2”.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: seules les adresses http et https sont téléchargées, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>“%1”: the server redirects to “%2”, which is not http or https.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: le serveur renvoie vers «&#xa0;%2&#xa0;», qui n’est ni http ni https.</translation>
    </message>
    <message>
        <source>“%1” is too large: %2, at most %3 are downloaded.</source>
        <translation>«&#xa0;%1&#xa0;» est trop gros&#xa0;: %2, au plus %3 sont téléchargés.</translation>
    </message>
    <message>
        <source>“%1” is too large: more than %2.</source>
        <translation>«&#xa0;%1&#xa0;» est trop gros&#xa0;: plus de %2.</translation>
    </message>
    <message>
        <source>“%1” could not be downloaded: the server answered %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être téléchargé&#xa0;: le serveur a répondu %2.</translation>
    </message>
    <message>
        <source>“%1” could not be downloaded: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être téléchargé&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is not a picture (JPEG, PNG, GIF, WebP) or a PDF, whatever the server says (%2); it was not kept.</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni une image (JPEG, PNG, GIF, WebP) ni un PDF, quoi qu’en dise le serveur (%2)&#xa0;; il n’a pas été gardé.</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>pas de type</translation>
    </message>
</context>
<context>
    <name>Relais::CalendarPage</name>
    <message>
        <source>Save the Month as PDF</source>
        <translation>Enregistrer le mois en PDF</translation>
    </message>
    <message>
        <source>calendar-%1.pdf</source>
        <translation>calendrier-%1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the month as %1.</source>
        <translation>Mois enregistré dans %1.</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>Précédent (Page précédente)</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>Suivant (Page suivante)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>The planning board: a column for each state of the workflow</source>
        <translation>Le tableau de planification&#xa0;: une colonne par étape du circuit de relecture</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>&amp;Print the Month…</source>
        <translation>&amp;Imprimer le mois…</translation>
    </message>
    <message>
        <source>Save the Month as P&amp;DF…</source>
        <translation>Enregistrer le mois en P&amp;DF…</translation>
    </message>
    <message>
        <source>Drafts without a date — drag one onto a day</source>
        <translation>Brouillons sans date — glissez-en un sur un jour</translation>
    </message>
    <message>
        <source>Drag an item to another day (in a week, to another hour); double-click or Enter opens it; Ctrl+arrows move it by a day.</source>
        <translation>Glissez un élément sur un autre jour (dans une semaine, à une autre heure)&#xa0;; double-clic ou Entrée l’ouvre&#xa0;; Ctrl+flèches le déplacent d’un jour.</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Toutes les rubriques</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Actualités</translation>
    </message>
    <message>
        <source>Testimonials</source>
        <translation>Témoignages</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>Planning board</source>
        <translation>Tableau de planification</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 — %2, written by %3</source>
        <translation>%1 — %2, écrit par %3</translation>
    </message>
    <message>
        <source>nobody known</source>
        <translation>personne de connu</translation>
    </message>
    <message>
        <source>Drafts without a date (%1) — drag one onto a day</source>
        <translation>Brouillons sans date (%1) — glissez-en un sur un jour</translation>
    </message>
    <message>
        <source>This database is read-only: “%1” was not moved.</source>
        <translation>Cette base est en lecture seule&#xa0;: «&#xa0;%1&#xa0;» n’a pas été déplacé.</translation>
    </message>
    <message>
        <source>Move a Published Item</source>
        <translation>Déplacer un élément publié</translation>
    </message>
    <message>
        <source>“%1” is already published (%2). Move it to %3? Its page will show the new date at the next publish.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà publié (%2). Le déplacer au %3&#xa0;? Sa page montrera la nouvelle date à la prochaine publication.</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>Déplacer «&#xa0;%1&#xa0;» au %2</translation>
    </message>
    <message>
        <source>“%1” was not moved: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été déplacé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Return to Writer</source>
        <translation>Renvoyer à l’auteur</translation>
    </message>
    <message>
        <source>Why does “%1” go back to %2?</source>
        <translation>Pourquoi «&#xa0;%1&#xa0;» retourne-t-il à %2&#xa0;?</translation>
    </message>
    <message>
        <source>its writer</source>
        <translation>son auteur</translation>
    </message>
    <message>
        <source>This database is read-only: “%1” was not changed.</source>
        <translation>Cette base est en lecture seule&#xa0;: «&#xa0;%1&#xa0;» n’a pas été modifié.</translation>
    </message>
    <message>
        <source>“%1” cannot go from %2 to %3 as %4.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas passer de «&#xa0;%2&#xa0;» à «&#xa0;%3&#xa0;» pour %4.</translation>
    </message>
    <message>
        <source>“%1” was not changed: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été modifié&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is now %2.</source>
        <translation>«&#xa0;%1&#xa0;» est maintenant à l’état «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Send for &amp;Review</source>
        <translation>Envoyer en &amp;relecture</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>Re&amp;turn to Writer…</source>
        <translation>Ren&amp;voyer à l’auteur…</translation>
    </message>
    <message>
        <source>Back to &amp;Draft</source>
        <translation>Repasser en &amp;brouillon</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Programmer</translation>
    </message>
    <message>
        <source>&amp;Publish Now</source>
        <translation>&amp;Publier maintenant</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hiver</translation>
    </message>
    <message>
        <source>Not for %1 on an item %2.</source>
        <translation>Pas pour %1 sur un élément à l’état «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Remove the &amp;Date</source>
        <translation>Retirer la &amp;date</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>Heures de %1</translation>
    </message>
    <message>
        <source>The PDF could not be written to “%1”.</source>
        <translation>Le PDF n’a pas pu être écrit dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Week %1: %2–%3</source>
        <comment>week number, first and last day</comment>
        <translation>Semaine %1&#xa0;: %2–%3</translation>
    </message>
</context>
<context>
    <name>Relais::CalendarRepository</name>
    <message>
        <source>“%1” needs a start: an agenda entry is always on a day.</source>
        <translation>«&#xa0;%1&#xa0;» a besoin d’un début&#xa0;: un événement de l’agenda est toujours sur un jour.</translation>
    </message>
    <message>
        <source>“%1” cannot go from %2 to %3.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas passer de «&#xa0;%2&#xa0;» à «&#xa0;%3&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Relais::CalendarView</name>
    <message>
        <source>+%1</source>
        <comment>items of a day that do not fit its cell</comment>
        <translation>+%1</translation>
    </message>
</context>
<context>
    <name>Relais::ChangeFeedWorker</name>
    <message>
        <source>The newsroom %1 does not tell its changes: %2</source>
        <translation>La rédaction %1 ne signale pas ses modifications&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Relais::CommandLine</name>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Run relais-cli --help for the commands.</source>
        <translation>Lancez relais-cli --help pour voir les commandes.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande donnée.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n agenda entries exported to %1.</source>
        <translation>
            <numerusform>%n événement exporté dans %1.</numerusform>
            <numerusform>%n événements exportés dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) exported to %1.</source>
        <translation>
            <numerusform>%n contact exporté dans %1.</numerusform>
            <numerusform>%n contacts exportés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>relais-cli COMMAND --help lists the options of a command. A password file must be readable by its owner only (chmod 600); passwords are never taken on the command line.</source>
        <translation>relais-cli COMMANDE --help liste les options d’une commande. Un fichier de mot de passe doit n’être lisible que par son propriétaire (chmod 600)&#xa0;; les mots de passe ne sont jamais pris sur la ligne de commande.</translation>
    </message>
    <message>
        <source>Usage: relais-cli %1</source>
        <translation>Usage&#xa0;: relais-cli %1</translation>
    </message>
    <message>
        <source>Relais command line: work on a Relais database without the window.</source>
        <translation>Ligne de commande de Relais&#xa0;: travailler sur une base Relais sans la fenêtre.</translation>
    </message>
    <message>
        <source>One of the commands below, with its arguments and options.</source>
        <translation>L’une des commandes ci-dessous, avec ses arguments et ses options.</translation>
    </message>
    <message>
        <source>%1 takes one of: %2.</source>
        <translation>%1 prend l’un de&#xa0;: %2.</translation>
    </message>
    <message>
        <source>--%1 is missing.</source>
        <translation>--%1 manque.</translation>
    </message>
    <message>
        <source>The database file (default: %1), or a newsroom: postgresql://USER@HOST:PORT/DATABASE (the password from ~/.pgpass or PGPASSFILE).</source>
        <translation>Le fichier de la base (par défaut&#xa0;: %1), ou une rédaction&#xa0;: postgresql://UTILISATEUR@HÔTE:PORT/BASE (le mot de passe dans ~/.pgpass ou PGPASSFILE).</translation>
    </message>
</context>
<context>
    <name>Relais::CommentRepository</name>
    <message>
        <source>There is no comment %1.</source>
        <translation>Il n’y a pas de commentaire %1.</translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation>Un commentaire doit contenir du texte.</translation>
    </message>
    <message>
        <source>The comment is too long (%1 characters; %2 at most).</source>
        <translation>Le commentaire est trop long (%1 caractères&#xa0;; %2 au plus).</translation>
    </message>
    <message>
        <source>Comment %1 is about another item.</source>
        <translation>Le commentaire %1 porte sur un autre élément.</translation>
    </message>
    <message>
        <source>Only its author, %1, may change or delete this comment.</source>
        <translation>Seul son auteur, %1, peut modifier ou supprimer ce commentaire.</translation>
    </message>
    <message>
        <source>Comment %1 was deleted.</source>
        <translation>Le commentaire %1 a été supprimé.</translation>
    </message>
    <message>
        <source>A comment needs some text; delete it instead.</source>
        <translation>Un commentaire doit contenir du texte&#xa0;; supprimez-le plutôt.</translation>
    </message>
    <message>
        <source>A comment is resolved by its author, the item&apos;s writer or an editor; %1 is %2.</source>
        <translation>Un commentaire est résolu par son auteur, l’auteur de l’élément ou un éditeur&#xa0;; %1 est %2.</translation>
    </message>
</context>
<context>
    <name>Relais::ConflictDialog</name>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Garder la mienne</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>&amp;Prendre la leur</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>&amp;Make It Again</source>
        <translation>&amp;Le refaire</translation>
    </message>
    <message>
        <source>Changed on Both Sides — %1</source>
        <translation>Modifié des deux côtés — %1</translation>
    </message>
    <message>
        <source>The next publish writes this version over the server&apos;s.</source>
        <translation>La prochaine publication écrit cette version à la place de celle du serveur.</translation>
    </message>
    <message>
        <source>This item takes the server&apos;s title and text; nothing is sent.</source>
        <translation>Cet élément prend le titre et le texte du serveur&#xa0;; rien n’est envoyé.</translation>
    </message>
    <message>
        <source>Decide later: the item is not published meanwhile.</source>
        <translation>Décider plus tard&#xa0;: l’élément n’est pas publié d’ici là.</translation>
    </message>
    <message>
        <source>The next publish makes a new post for this item.</source>
        <translation>La prochaine publication refait un article pour cet élément.</translation>
    </message>
    <message>
        <source>%1 — deleted on the server</source>
        <translation>%1 — supprimé sur le serveur</translation>
    </message>
    <message>
        <source>%1 — changed on both sides</source>
        <translation>%1 — modifié des deux côtés</translation>
    </message>
    <message>
        <source>&amp;Leave Deleted</source>
        <translation>&amp;Laisser supprimé</translation>
    </message>
    <message>
        <source>Nothing waits for a decision.</source>
        <translation>Rien n’attend de décision.</translation>
    </message>
    <message>
        <source>In Relais</source>
        <translation>Dans Relais</translation>
    </message>
    <message>
        <source>The post (number %1) was deleted on the server or moved to its trash. Relais does not make it again without your word.</source>
        <translation>L’article (numéro %1) a été supprimé sur le serveur ou mis dans sa corbeille. Relais ne le refait pas sans votre accord.</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Sur le serveur</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;em&gt;Deleted.&lt;/em&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;em&gt;Supprimé.&lt;/em&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not Settled</source>
        <translation>Non réglé</translation>
    </message>
    <message>
        <source>Changed in Relais and, since the last publish, on the server too (%1). Nothing was overwritten; choose which version stays.</source>
        <translation>Modifié dans Relais et, depuis la dernière publication, sur le serveur aussi (%1). Rien n’a été écrasé&#xa0;; choisissez la version qui reste.</translation>
    </message>
</context>
<context>
    <name>Relais::ConnectDialog</name>
    <message>
        <source>Connect to Newsroom</source>
        <translation>Se connecter à une rédaction</translation>
    </message>
    <message>
        <source>A newsroom is a Relais database on a PostgreSQL server, shared by the whole team. Ask its administrator for these details.</source>
        <translation>Une rédaction est une base Relais sur un serveur PostgreSQL, partagée par toute l’équipe. Demandez ces informations à son administrateur.</translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation>db.exemple.org</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>redaction</source>
        <translation>redaction</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>From the keyring or ~/.pgpass when empty</source>
        <translation>Pris dans le trousseau ou ~/.pgpass si vide</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate and name (recommended)</source>
        <translation>Vérifier le certificat et le nom du serveur (recommandé)</translation>
    </message>
    <message>
        <source>Encrypted, certificate not checked</source>
        <translation>Chiffré, certificat non vérifié</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it</source>
        <translation>Chiffré si le serveur le propose</translation>
    </message>
    <message>
        <source>Not encrypted (this computer or a trusted network only)</source>
        <translation>Non chiffré (cet ordinateur ou un réseau de confiance seulement)</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Chiffrement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected: a Relais newsroom (database version %1), as “%2”.</source>
        <translation>Connecté&#xa0;: une rédaction Relais (version de base %1), en tant que «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Relais::ConnectionTest</name>
    <message>
        <source>The connection works: Relais can read and write there.</source>
        <translation>La connexion fonctionne&#xa0;: Relais peut y lire et y écrire.</translation>
    </message>
</context>
<context>
    <name>Relais::Console</name>
    <message>
        <source>There is no database at “%1”.</source>
        <translation>Il n’y a pas de base à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot create the folder of “%1”.</source>
        <translation>Impossible de créer le dossier de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No password for “%1”: %2
Give --password-file.</source>
        <translation>Pas de mot de passe pour «&#xa0;%1&#xa0;»&#xa0;: %2
Donnez --password-file.</translation>
    </message>
</context>
<context>
    <name>Relais::ContactChooserDialog</name>
    <message>
        <source>Link a contact</source>
        <translation>Lier un contact</translation>
    </message>
    <message>
        <source>Search name, organisation, e-mail…</source>
        <translation>Chercher un nom, une structure, un courriel…</translation>
    </message>
</context>
<context>
    <name>Relais::ContactCsv</name>
    <message>
        <source>%1 is not UTF-8; it was read as Latin-1 (Western European), as older spreadsheets write.</source>
        <translation>%1 n’est pas en UTF-8&#xa0;; il a été lu en Latin-1 (Europe occidentale), comme l’écrivent les anciens tableurs.</translation>
    </message>
    <message>
        <source>%1 is not a CSV file (it holds binary data).</source>
        <translation>%1 n’est pas un fichier CSV (il contient des données binaires).</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted cell is never closed.</source>
        <translation>%1, ligne %2&#xa0;: une cellule entre guillemets n’est jamais fermée.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>%1, line %2: %3 cells where the header has %4.</source>
        <translation>%1, ligne %2&#xa0;: %3 cellules alors que l’en-tête en a %4.</translation>
    </message>
    <message>
        <source>%1: columns separated by “%2”.</source>
        <translation>%1&#xa0;: colonnes séparées par «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>%1, line %2: no name and no organisation.</source>
        <translation>%1, ligne %2&#xa0;: ni nom ni structure.</translation>
    </message>
</context>
<context>
    <name>Relais::ContactEditor</name>
    <message>
        <source>First and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <source>One address per line</source>
        <translation>Une adresse par ligne</translation>
    </message>
    <message>
        <source>One number per line, e.g. 06 49 78 62 28</source>
        <translation>Un numéro par ligne, par ex. 06 49 78 62 28</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Structure&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Site &amp;web&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Relais::ContactImportDialog</name>
    <message>
        <source>Import Contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>Duplicate: %1 (line %2) is already there as %3.</source>
        <translation>Doublon&#xa0;: %1 (ligne %2) est déjà là sous le nom %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n card(s) read</source>
        <translation>
            <numerusform>%1&#xa0;: %n fiche lue</numerusform>
            <numerusform>%1&#xa0;: %n fiches lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n that cannot be read (not imported)</source>
        <translation>
            <numerusform>, %n illisible (non importée)</numerusform>
            <numerusform>, %n illisibles (non importées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in Relais.</source>
        <translation>
            <numerusform>, %n déjà dans Relais.</numerusform>
            <numerusform>, %n déjà dans Relais.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is stored until you choose.</source>
        <translation>Rien n’est enregistré avant votre choix.</translation>
    </message>
    <message>
        <source>Import, &amp;Skip Duplicates</source>
        <translation>Importer, &amp;ignorer les doublons</translation>
    </message>
    <message>
        <source>Import, &amp;Merge Duplicates</source>
        <translation>Importer, &amp;fusionner les doublons</translation>
    </message>
    <message>
        <source>Import &amp;All</source>
        <translation>Importer &amp;tout</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <source>%1 created, %2 merged, %3 skipped.</source>
        <translation>%1 créés, %2 fusionnés, %3 ignorés.</translation>
    </message>
</context>
<context>
    <name>Relais::ContactPicker</name>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>(missing contact)</source>
        <translation>(contact introuvable)</translation>
    </message>
</context>
<context>
    <name>Relais::ContactRepository</name>
    <message>
        <source>The contact %1 does not exist.</source>
        <translation>Le contact %1 n’existe pas.</translation>
    </message>
</context>
<context>
    <name>Relais::CsvMappingDialog</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Courriels</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Columns of the CSV File</source>
        <translation>Colonnes du fichier CSV</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s). Choose the column of each field; the first rows as they will be imported:</source>
        <translation>
            <numerusform>%n ligne. Choisissez la colonne de chaque champ&#xa0;; les premières lignes telles qu’elles seront importées&#xa0;:</numerusform>
            <numerusform>%n lignes. Choisissez la colonne de chaque champ&#xa0;; les premières lignes telles qu’elles seront importées&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Relais::Database</name>
    <message>
        <source>Cannot open “%1”.</source>
        <translation>Impossible d’ouvrir «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened. It was left as it is; restore it from a backup.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé et ne peut pas être ouvert. Il a été laissé tel quel&#xa0;; restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a Relais database.</source>
        <translation>«&#xa0;%1&#xa0;» est une base SQLite d’un autre programme, pas une base Relais.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Relais (database version %2; this version knows up to %3). Update Relais to open it.</source>
        <translation>«&#xa0;%1&#xa0;» a été écrit par une version plus récente de Relais (version de base %2&#xa0;; cette version connaît jusqu’à la %3). Mettez Relais à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>The database “%1” could not be read.</source>
        <translation>La base «&#xa0;%1&#xa0;» n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>The database “%1” could not be read or written.</source>
        <translation>La base «&#xa0;%1&#xa0;» n’a pas pu être lue ou écrite.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>La migration %1 manque dans cette version.</translation>
    </message>
    <message>
        <source>The database “%1” could not be upgraded to version %2.</source>
        <translation>La base «&#xa0;%1&#xa0;» n’a pas pu passer à la version %2.</translation>
    </message>
    <message>
        <source>The check of “%1” was stopped.</source>
        <translation>La vérification de «&#xa0;%1&#xa0;» a été arrêtée.</translation>
    </message>
    <message>
        <source>There is no database at “%1”.</source>
        <translation>Il n’y a pas de base à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read “%1”.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier.</translation>
    </message>
    <message>
        <source>“%1” is not a Relais database (it is not an SQLite file).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une base Relais (ce n’est pas un fichier SQLite).</translation>
    </message>
    <message>
        <source>“%1” is damaged (the file is truncated).</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé (le fichier est tronqué).</translation>
    </message>
    <message>
        <source>A row of table %1 refers to a missing row of %2.</source>
        <translation>Une ligne de la table %1 renvoie à une ligne absente de %2.</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of %3.</source>
        <translation>La ligne %1 de la table %2 renvoie à une ligne absente de %3.</translation>
    </message>
    <message>
        <source>you may read the file but not write it</source>
        <translation>vous pouvez lire le fichier mais pas l’écrire</translation>
    </message>
    <message>
        <source>you may not write in its folder, where SQLite keeps its journal</source>
        <translation>vous ne pouvez pas écrire dans son dossier, où SQLite tient son journal</translation>
    </message>
    <message>
        <source>The disk that holds “%1” is full (%2 free); nothing was changed.</source>
        <translation>Le disque qui contient «&#xa0;%1&#xa0;» est plein (%2 libres)&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>“%1” may be read but not written (%2); nothing was changed.</source>
        <translation>«&#xa0;%1&#xa0;» peut être lu mais pas écrit (%2)&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>the system refused it</source>
        <translation>le système l’a refusé</translation>
    </message>
    <message>
        <source>Another program is writing to “%1” and did not finish within 5 seconds; nothing was changed. Try again in a moment.</source>
        <translation>Un autre programme écrit dans «&#xa0;%1&#xa0;» et n’a pas fini en 5&#xa0;secondes&#xa0;; rien n’a été modifié. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The database “%1” could not be read or written: %2</source>
        <translation>La base de données «&#xa0;%1&#xa0;» n’a pas pu être lue ou écrite&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” must be brought up to this version of Relais, which needs writing it, but %2.</source>
        <translation>«&#xa0;%1&#xa0;» doit être mise à jour pour cette version de Relais, ce qui demande de l’écrire, mais %2.</translation>
    </message>
    <message>
        <source>“%1” was changed by another program while it was read as it stood; open it again to see the changes.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié par un autre programme pendant sa lecture en l’état&#xa0;; ouvrez-le à nouveau pour voir les modifications.</translation>
    </message>
    <message>
        <source>The connection to the newsroom server %1 was lost (%2); what was being saved was not saved.</source>
        <translation>La connexion au serveur de la rédaction %1 a été perdue (%2)&#xa0;; ce qui était en cours d’enregistrement n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>The newsroom server %1 has no disk space left; nothing was changed.</source>
        <translation>Le serveur de la rédaction %1 n’a plus de place sur son disque&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The newsroom server %1 accepts only reads at the moment; nothing was changed.</source>
        <translation>Le serveur de la rédaction %1 n’accepte que des lectures pour le moment&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The newsroom server %1 refused this: %2</source>
        <translation>Le serveur de la rédaction %1 a refusé cela&#xa0;: %2</translation>
    </message>
    <message>
        <source>Another person was changing the same items on %1; nothing was changed. Try again.</source>
        <translation>Une autre personne modifiait les mêmes éléments sur %1&#xa0;; rien n’a été modifié. Réessayez.</translation>
    </message>
    <message>
        <source>The newsroom %1 could not be read or written: %2</source>
        <translation>La rédaction %1 n’a pas pu être lue ou écrite&#xa0;: %2</translation>
    </message>
    <message>
        <source>This Relais cannot reach a newsroom: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Ce Relais ne peut pas joindre de rédaction&#xa0;: le pilote PostgreSQL de Qt n’est pas installé (paquet Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The database “%1” on %2:%3 holds tables of another program; it is not a Relais newsroom.</source>
        <translation>La base «&#xa0;%1&#xa0;» sur %2:%3 contient les tables d’un autre programme&#xa0;; ce n’est pas une rédaction Relais.</translation>
    </message>
    <message>
        <source>The database “%1” on %2:%3 is empty: it is not a Relais newsroom yet. Make it one with: relais-cli --database %4 db init</source>
        <translation>La base «&#xa0;%1&#xa0;» sur %2:%3 est vide&#xa0;: ce n’est pas encore une rédaction Relais. Faites-en une avec&#xa0;: relais-cli --database %4 db init</translation>
    </message>
    <message>
        <source>The newsroom %1 was made by a newer version of Relais (database version %2; this version knows up to %3). Update Relais to work in it.</source>
        <translation>La rédaction %1 a été faite par une version plus récente de Relais (version de base %2&#xa0;; cette version connaît jusqu’à %3). Mettez Relais à jour pour y travailler.</translation>
    </message>
    <message>
        <source>The newsroom %1 could not be upgraded to version %2.</source>
        <translation>La rédaction %1 n’a pas pu être mise à jour en version %2.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>The connection to the newsroom server %1 was lost; Relais tries again in a few seconds.</source>
        <translation>La connexion au serveur de la rédaction %1 a été perdue&#xa0;; Relais réessaie dans quelques secondes.</translation>
    </message>
    <message>
        <source>%1 is the last administrator of the newsroom %2; make somebody else an administrator first.</source>
        <translation>%1 est le dernier administrateur de la rédaction %2&#xa0;; faites d’abord de quelqu’un d’autre un administrateur.</translation>
    </message>
    <message>
        <source>The newsroom %1 refused this to %2, who is %3: only %4 or above may do it (%5).</source>
        <translation>La rédaction %1 a refusé cela à %2, qui est %3&#xa0;: seul %4 ou plus peut le faire (%5).</translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation>un administrateur</translation>
    </message>
    <message>
        <source>an editor</source>
        <translation>un éditeur</translation>
    </message>
    <message>
        <source>a moderator</source>
        <translation>un modérateur</translation>
    </message>
    <message>
        <source>a contributor</source>
        <translation>un contributeur</translation>
    </message>
    <message>
        <source>no role of this newsroom</source>
        <translation>sans rôle dans cette rédaction</translation>
    </message>
    <message>
        <source>The newsroom %1 refused this to %2.</source>
        <translation>La rédaction %1 a refusé cela à %2.</translation>
    </message>
    <message>
        <source>Passwords are those of a newsroom&apos;s logins.</source>
        <translation>Les mots de passe sont ceux des identifiants d’une rédaction.</translation>
    </message>
    <message>
        <source>The password of “%1” could not be prepared: %2</source>
        <translation>Le mot de passe de «&#xa0;%1&#xa0;» n’a pas pu être préparé&#xa0;: %2</translation>
    </message>
    <message>
        <source>As %1, %2 may write only drafts they wrote and have not sent for review; an editor or an administrator may do this.</source>
        <translation>En tant que %1, %2 ne peut écrire que les brouillons qu’il a écrits et pas encore envoyés en relecture&#xa0;; un éditeur ou un administrateur le peut.</translation>
    </message>
    <message>
        <source>The newsroom %1 could not be upgraded to version %2: %3</source>
        <translation>La rédaction %1 n’a pas pu être mise à jour en version %2 : %3</translation>
    </message>
</context>
<context>
    <name>Relais::DatabaseCommands</name>
    <message>
        <source>Print JSON.</source>
        <translation>Écrire du JSON.</translation>
    </message>
    <message>
        <source>Make an empty PostgreSQL database a Relais newsroom (its tables, search and schema version), or create a database file. Changes nothing in a database that is one already.</source>
        <translation>Faire d’une base PostgreSQL vide une rédaction Relais (ses tables, sa recherche et sa version de schéma), ou créer un fichier de base. Ne change rien à une base qui en est déjà une.</translation>
    </message>
    <message>
        <source>Say what the database is: engine, address or file, schema version, user.</source>
        <translation>Dire ce qu’est la base&#xa0;: moteur, adresse ou fichier, version de schéma, utilisateur.</translation>
    </message>
    <message>
        <source>%1 is a Relais database (version %2).</source>
        <translation>%1 est une base Relais (version %2).</translation>
    </message>
    <message>
        <source>%1 is a Relais newsroom already (version %2); nothing was changed.</source>
        <translation>%1 est déjà une rédaction Relais (version %2)&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 is now a Relais newsroom (version %2).</source>
        <translation>%1 est maintenant une rédaction Relais (version %2).</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>Moteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
    <message>
        <source>SQLite (one local file)</source>
        <translation>SQLite (un fichier local)</translation>
    </message>
    <message>
        <source>Newsroom: %1</source>
        <translation>Rédaction&#xa0;: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Version de schéma&#xa0;: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Utilisateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation>Lecture seule&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copy everything into an empty database, in one transaction: --from a file or newsroom into --database (moving to a newsroom), or --database into --to (a backup, a copy to take away). Counts and checksums are compared before the commit; passwords are never in a database.</source>
        <translation>Copier tout dans une base vide, en une transaction&#xa0;: --from un fichier ou une rédaction vers --database (pour passer à une rédaction), ou --database vers --to (une sauvegarde, une copie à emporter). Les nombres de lignes et les sommes de contrôle sont comparés avant la validation&#xa0;; les mots de passe ne sont jamais dans une base.</translation>
    </message>
    <message>
        <source>The database to copy from.</source>
        <translation>La base à copier.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>The database to copy to (a new file, or an empty newsroom).</source>
        <translation>La base où copier (un nouveau fichier, ou une rédaction vide).</translation>
    </message>
    <message>
        <source>Give either --from (into --database) or --to (from --database).</source>
        <translation>Donnez soit --from (vers --database), soit --to (depuis --database).</translation>
    </message>
    <message>
        <source>There is no database at “%1”.</source>
        <translation>Il n’y a pas de base à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” exists already; copy into a new file.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà&#xa0;; copiez dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>Copying %1 into %2…</source>
        <translation>Copie de %1 vers %2…</translation>
    </message>
    <message>
        <source>  %1: %2 rows</source>
        <translation>  %1&#xa0;: %2 lignes</translation>
    </message>
    <message>
        <source>Copied %1 rows into %2; counts and checksums agree.</source>
        <translation>%1 lignes copiées vers %2&#xa0;; nombres et sommes de contrôle concordent.</translation>
    </message>
</context>
<context>
    <name>Relais::DatabaseCopy</name>
    <message>
        <source>%1 rows of %2 refer to missing %3; they are not copied.</source>
        <translation>%1 lignes de %2 renvoient à des %3 absents&#xa0;; elles ne sont pas copiées.</translation>
    </message>
    <message>
        <source>“%1” (version %2) and “%3” (version %4) are not of the same version of Relais; open both with this Relais first.</source>
        <translation>«&#xa0;%1&#xa0;» (version %2) et «&#xa0;%3&#xa0;» (version %4) ne sont pas de la même version de Relais&#xa0;; ouvrez d’abord les deux avec ce Relais.</translation>
    </message>
    <message>
        <source>“%1” is not empty (its table %2 holds %3 rows); copy into an empty database.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas vide (sa table %2 contient %3 lignes)&#xa0;; copiez dans une base vide.</translation>
    </message>
    <message>
        <source>Row %1 of %2 could not be copied: %3</source>
        <translation>La ligne %1 de %2 n’a pas pu être copiée&#xa0;: %3</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was written.</source>
        <translation>La copie a été annulée&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The copy of %1 differs from its source (%2 rows read, %3 written); nothing was written.</source>
        <translation>La copie de %1 diffère de sa source (%2 lignes lues, %3 écrites)&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>%1 could not be copied: %2</source>
        <translation>%1 n’a pas pu être copiée&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is not empty; copy into an empty database.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas vide&#xa0;; copiez dans une base vide.</translation>
    </message>
    <message>
        <source>Only an administrator of the newsroom %1 may copy a database into it.</source>
        <translation>Seul un administrateur de la rédaction %1 peut y copier une base.</translation>
    </message>
</context>
<context>
    <name>Relais::EntityEditor</name>
    <message>
        <source>Contacts have no page of their own on the site.</source>
        <translation>Les contacts n’ont pas de page à eux sur le site.</translation>
    </message>
    <message>
        <source>“%1” kept on this computer cannot be read back: %2</source>
        <translation>«&#xa0;%1&#xa0;», gardé sur cet ordinateur, ne peut pas être relu&#xa0;: %2</translation>
    </message>
    <message>
        <source>A newer version was saved while your changes waited on this computer.</source>
        <translation>Une version plus récente a été enregistrée pendant que vos modifications attendaient sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>Relais::EntityListModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Agenda entry</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>%1 is editing this item</source>
        <translation>%1 modifie cet élément</translation>
    </message>
    <message>
        <source>%1 are editing this item</source>
        <translation>%1 modifient cet élément</translation>
    </message>
</context>
<context>
    <name>Relais::EntityRepository</name>
    <message>
        <source>“%1” no longer exists: it was deleted for good.</source>
        <translation>«&#xa0;%1&#xa0;» n’existe plus&#xa0;: il a été supprimé définitivement.</translation>
    </message>
    <message>
        <source>“%1” was changed elsewhere since you opened it (revision %2, yours is %3).</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié ailleurs depuis que vous l’avez ouvert (révision %2, la vôtre est la %3).</translation>
    </message>
    <message>
        <source>The linked contact %1 does not exist.</source>
        <translation>Le contact lié %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The address name “%1” is already used by another item; choose another one.</source>
        <translation>Le nom d’adresse «&#xa0;%1&#xa0;» est déjà pris par un autre élément&#xa0;; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>untitled item</source>
        <translation>élément sans titre</translation>
    </message>
    <message>
        <source>“%1” cannot be saved: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” was not changed. %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été modifié. %2</translation>
    </message>
</context>
<context>
    <name>Relais::ExchangeCommands</name>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>CSV: the separator, a comma (default) or a semicolon.</source>
        <translation>CSV&#xa0;: le séparateur, une virgule (par défaut) ou un point-virgule.</translation>
    </message>
    <message>
        <source>CSV: start with a byte-order mark (for spreadsheets).</source>
        <translation>CSV&#xa0;: commencer par une marque d’ordre des octets (pour les tableurs).</translation>
    </message>
    <message>
        <source>The agenda for calendars, spreadsheets, print and the newsletter (default: 3 months from today).</source>
        <translation>L’agenda pour les calendriers, les tableurs, l’impression et la lettre d’information (par défaut&#xa0;: 3 mois à partir d’aujourd’hui).</translation>
    </message>
    <message>
        <source>The format of the file.</source>
        <translation>Le format du fichier.</translation>
    </message>
    <message>
        <source>First day (default: today).</source>
        <translation>Premier jour (par défaut&#xa0;: aujourd’hui).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Last day (default: in 3 months).</source>
        <translation>Dernier jour (par défaut&#xa0;: dans 3 mois).</translation>
    </message>
    <message>
        <source>Only this section (repeatable).</source>
        <translation>Seulement cette rubrique (répétable).</translation>
    </message>
    <message>
        <source>slug</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>Only the published entries (default), or all.</source>
        <translation>Seulement les événements publiés (par défaut), ou tous.</translation>
    </message>
    <message>
        <source>Keep cancelled events.</source>
        <translation>Garder les événements annulés.</translation>
    </message>
    <message>
        <source>CSV: dates as 22/11/2017 11:30.</source>
        <translation>CSV&#xa0;: dates écrites 22/11/2017 11:30.</translation>
    </message>
    <message>
        <source>The contacts for address books and spreadsheets.</source>
        <translation>Les contacts pour les carnets d’adresses et les tableurs.</translation>
    </message>
    <message>
        <source>vCard 3.0 for older address books.</source>
        <translation>vCard 3.0 pour les anciens carnets d’adresses.</translation>
    </message>
    <message>
        <source>Contacts from address books (vCard 3.0 or 4.0) or spreadsheets (CSV).</source>
        <translation>Des contacts venus de carnets d’adresses (vCard 3.0 ou 4.0) ou de tableurs (CSV).</translation>
    </message>
    <message>
        <source>A .vcf or .csv file.</source>
        <translation>Un fichier .vcf ou .csv.</translation>
    </message>
    <message>
        <source>What to do with contacts already there: skip (default), merge, or import them again.</source>
        <translation>Que faire des contacts déjà là&#xa0;: les ignorer (skip, par défaut), les fusionner (merge) ou les importer à nouveau (import).</translation>
    </message>
    <message>
        <source>Import the readable cards when some are not.</source>
        <translation>Importer les fiches lisibles quand certaines ne le sont pas.</translation>
    </message>
    <message>
        <source>The format is ics, csv, pdf or newsletter, not “%1”.</source>
        <translation>Le format est ics, csv, pdf ou newsletter, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Dates are written 2026-12-01.</source>
        <translation>Les dates s’écrivent 2026-12-01.</translation>
    </message>
    <message>
        <source>“%1” is not a section.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une rubrique.</translation>
    </message>
    <message>
        <source>The status is published or all.</source>
        <translation>Le statut est published ou all.</translation>
    </message>
    <message>
        <source>The separator is , or ;.</source>
        <translation>Le séparateur est , ou ;.</translation>
    </message>
    <message>
        <source>Newsletter of %1 events and %2 articles: %3 (plain text: %4).</source>
        <translation>Lettre d’information de %1 événements et %2 articles&#xa0;: %3 (texte brut&#xa0;: %4).</translation>
    </message>
    <message>
        <source>The format of contacts is vcf or csv, not “%1”.</source>
        <translation>Le format des contacts est vcf ou csv, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--duplicates is skip, merge or import, not “%1”.</source>
        <translation>--duplicates vaut skip, merge ou import, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is larger than 200 MB; it is not an address book Relais reads.</source>
        <translation>«&#xa0;%1&#xa0;» dépasse 200&#xa0;Mo&#xa0;; ce n’est pas un carnet d’adresses que Relais lit.</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Colonnes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing imported: %1 readable card(s), %2 problem(s). Fix the file, or give --skip-invalid to import the readable cards.</source>
        <translation>Rien d’importé&#xa0;: %1 fiche(s) lisible(s), %2 problème(s). Corrigez le fichier, ou donnez --skip-invalid pour importer les fiches lisibles.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <source>duplicate: %1</source>
        <translation>doublon&#xa0;: %1</translation>
    </message>
    <message>
        <source>Contacts: %1 created, %2 merged, %3 skipped as duplicates.</source>
        <translation>Contacts&#xa0;: %1 créés, %2 fusionnés, %3 ignorés comme doublons.</translation>
    </message>
</context>
<context>
    <name>Relais::ExportDialog</name>
    <message>
        <source>Include &amp;cancelled events</source>
        <translation>Inclure les événements &amp;annulés</translation>
    </message>
    <message>
        <source>Start with a byte-order &amp;mark (older spreadsheets)</source>
        <translation>Commencer par une &amp;marque d’ordre des octets (anciens tableurs)</translation>
    </message>
    <message>
        <source>&amp;French dates (22/11/2017 11:30)</source>
        <translation>Dates à la &amp;française (22/11/2017 11:30)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export the Agenda</source>
        <translation>Exporter l’agenda</translation>
    </message>
    <message>
        <source>iCalendar (calendar applications)</source>
        <translation>iCalendar (applications d’agenda)</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (tableurs)</translation>
    </message>
    <message>
        <source>PDF (printable A4)</source>
        <translation>PDF (A4 à imprimer)</translation>
    </message>
    <message>
        <source>Published only</source>
        <translation>Publiés seulement</translation>
    </message>
    <message>
        <source>All, drafts included</source>
        <translation>Tous, brouillons compris</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Virgule ,</translation>
    </message>
    <message>
        <source>Semicolon ; (French spreadsheets)</source>
        <translation>Point-virgule ; (tableurs français)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>A&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>Sections (none: all):</source>
        <translation>Rubriques (aucune&#xa0;: toutes)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Se&amp;parator:</source>
        <translation>Sé&amp;parateur&#xa0;:</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n agenda entries match.</source>
        <translation>
            <numerusform>%n événement correspond.</numerusform>
            <numerusform>%n événements correspondent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 written (%n entries).</source>
        <translation>
            <numerusform>%1 écrit (%n événement).</numerusform>
            <numerusform>%1 écrit (%n événements).</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;olumns:</source>
        <translation>C&amp;olonnes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Toute la journée</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Lien en ligne</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Page on the site</source>
        <translation>Page sur le site</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message numerus="yes">
        <source>Sent to the printer (%n entries).</source>
        <translation>
            <numerusform>Envoyé à l’imprimante (%n événement).</numerusform>
            <numerusform>Envoyé à l’imprimante (%n événements).</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>Choisissez au moins une colonne.</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n entries…</source>
        <translation>
            <numerusform>Export de %n entrée…</numerusform>
            <numerusform>Export de %n entrées…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Relais::FeaturedImagePicker</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Featured Image</source>
        <translation>Image à la une</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.gif *.webp)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Shown at the top of the article.</source>
        <translation>Affichée en haut de l’article.</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Absente</translation>
    </message>
    <message>
        <source>%1 × %2 — no description: add one in the Media Library.</source>
        <translation>%1 × %2 — sans description&#xa0;: ajoutez-en une dans la médiathèque.</translation>
    </message>
    <message>
        <source>%1 × %2 — “%3”</source>
        <translation>%1 × %2 — «&#xa0;%3&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Relais::HistoryRepository</name>
    <message>
        <source>A revision of the history is damaged.</source>
        <translation>Une révision de l’historique est endommagée.</translation>
    </message>
    <message>
        <source>Revision %1 is not in the history of this item.</source>
        <translation>La révision %1 n’est pas dans l’historique de cet élément.</translation>
    </message>
    <message>
        <source>The history of this item is damaged before revision %1.</source>
        <translation>L’historique de cet élément est endommagé avant la révision %1.</translation>
    </message>
    <message>
        <source>The revision could not be compressed.</source>
        <translation>La révision n’a pas pu être compressée.</translation>
    </message>
    <message>
        <source>This database keeps no history yet.</source>
        <translation>Cette base de données ne garde pas encore d’historique.</translation>
    </message>
    <message>
        <source>Revision %1 of the history is damaged.</source>
        <translation>La révision %1 de l’historique est endommagée.</translation>
    </message>
</context>
<context>
    <name>Relais::HttpSession</name>
    <message>
        <source>(gave up after %1 tries)</source>
        <translation>(abandon après %1 essais)</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1: the server did not answer within %2 s.</source>
        <translation>%1&#xa0;: le serveur n’a pas répondu en %2&#xa0;s.</translation>
    </message>
    <message>
        <source>The server name “%1” could not be found.</source>
        <translation>Le nom de serveur «&#xa0;%1&#xa0;» est introuvable.</translation>
    </message>
    <message>
        <source>Nothing answers at %1 (connection refused).</source>
        <translation>Rien ne répond à %1 (connexion refusée).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>La connexion sécurisée à %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2). Its SHA-256 fingerprint is %3.</source>
        <translation>Le certificat de %1 n’est pas reconnu (%2). Son empreinte SHA-256 est %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server at %1 stopped answering (%2).</source>
        <translation>Le serveur %1 ne répond plus (%2).</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>aucune réponse en %1&#xa0;s</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>its name could not be found</source>
        <translation>son nom est introuvable</translation>
    </message>
</context>
<context>
    <name>Relais::InboxFetcher</name>
    <message>
        <source>The folder %1done/ cannot be made on “%2”: %3</source>
        <translation>Le dossier %1done/ ne peut pas être créé sur «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 could not be moved out of the inbox: %2</source>
        <translation>%1 n’a pas pu être sorti de la boîte de réception&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no inbox folder “%1” on “%2”.</source>
        <translation>Il n’y a pas de boîte de réception «&#xa0;%1&#xa0;» sur «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The inbox “%1” of “%2” cannot be listed: %3</source>
        <translation>La boîte de réception «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» ne peut pas être listée&#xa0;: %3</translation>
    </message>
    <message>
        <source>The answer of “%1” to the listing of its inbox is not usable: %2</source>
        <translation>La réponse de «&#xa0;%1&#xa0;» à la liste de sa boîte de réception est inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a submission file (name.json); left in the inbox.</source>
        <translation>%1 n’est pas un fichier d’annonce (nom.json)&#xa0;; laissé dans la boîte de réception.</translation>
    </message>
    <message>
        <source>%1 could not be downloaded: %2</source>
        <translation>%1 n’a pas pu être téléchargé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a submission file (%2); left in the inbox.</source>
        <translation>%1 est trop gros pour un fichier d’annonce (%2)&#xa0;; laissé dans la boîte de réception.</translation>
    </message>
    <message>
        <source>more than a million files listed.</source>
        <translation>plus d’un million de fichiers listés.</translation>
    </message>
    <message>
        <source>not WebDAV XML (%1, line %2).</source>
        <translation>pas du XML WebDAV (%1, ligne %2).</translation>
    </message>
    <message>
        <source>not a WebDAV listing (no multistatus).</source>
        <translation>pas une liste WebDAV (pas de multistatus).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>Relais::ItemCommands</name>
    <message>
        <source>“%1” is not an item&apos;s id (a UUID, as list prints it).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas l’identifiant d’un élément (un UUID, tel que list l’affiche).</translation>
    </message>
    <message>
        <source>There is no item with the id %1.</source>
        <translation>Aucun élément ne porte l’identifiant %1.</translation>
    </message>
    <message>
        <source>Print JSON: every field, times in ISO 8601 UTC.</source>
        <translation>Afficher du JSON&#xa0;: tous les champs, heures en ISO 8601 UTC.</translation>
    </message>
    <message>
        <source>The title (a contact&apos;s name).</source>
        <translation>Le titre (le nom d’un contact).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>An article&apos;s summary.</source>
        <translation>Le résumé d’un article.</translation>
    </message>
    <message>
        <source>A file whose text (Markdown) becomes the body: an article&apos;s text, an agenda entry&apos;s description, a contact&apos;s notes.</source>
        <translation>Un fichier dont le texte (Markdown) devient le corps&#xa0;: le texte d’un article, la description d’un rendez-vous, les notes d’un contact.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>draft, scheduled, published or archived.</source>
        <translation>draft (brouillon), scheduled (programmé), published (publié) ou archived (archivé).</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>When it is published (ISO 8601).</source>
        <translation>Quand il est publié (ISO 8601).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>A section (several: the option again).</source>
        <translation>Une rubrique (plusieurs&#xa0;: répéter l’option).</translation>
    </message>
    <message>
        <source>section</source>
        <translation>rubrique</translation>
    </message>
    <message>
        <source>An agenda entry&apos;s start (ISO 8601).</source>
        <translation>Le début d’un rendez-vous (ISO 8601).</translation>
    </message>
    <message>
        <source>An agenda entry&apos;s end (ISO 8601).</source>
        <translation>La fin d’un rendez-vous (ISO 8601).</translation>
    </message>
    <message>
        <source>Where an agenda entry takes place.</source>
        <translation>Le lieu d’un rendez-vous.</translation>
    </message>
    <message>
        <source>Change it only if it is still at this revision; exit code 3 when someone saved a newer one.</source>
        <translation>Ne le modifier que s’il en est encore à cette révision&#xa0;; code de sortie 3 si quelqu’un en a enregistré une plus récente.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>Add an item; prints its id.</source>
        <translation>Ajouter un élément&#xa0;; affiche son identifiant.</translation>
    </message>
    <message>
        <source>What to add.</source>
        <translation>Ce qu’il faut ajouter.</translation>
    </message>
    <message>
        <source>Show one item: every field, with its revision.</source>
        <translation>Afficher un élément&#xa0;: tous ses champs, avec sa révision.</translation>
    </message>
    <message>
        <source>The item&apos;s id, as list prints it.</source>
        <translation>L’identifiant de l’élément, tel que list l’affiche.</translation>
    </message>
    <message>
        <source>Change fields of one item; never over a revision saved meanwhile (exit code 3).</source>
        <translation>Modifier des champs d’un élément&#xa0;; jamais par-dessus une révision enregistrée entre-temps (code de sortie 3).</translation>
    </message>
    <message>
        <source>Print each change other sessions commit, one line each, until interrupted; goes on after the connection is lost and found again.</source>
        <translation>Afficher chaque modification enregistrée par d’autres sessions, une ligne chacune, jusqu’à interruption&#xa0;; continue après une perte de connexion.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is larger than %2: not a text to publish.</source>
        <translation>«&#xa0;%1&#xa0;» dépasse %2&#xa0;: ce n’est pas un texte à publier.</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>A contact has no --%1.</source>
        <translation>Un contact n’a pas de --%1.</translation>
    </message>
    <message>
        <source>An agenda entry has no --summary.</source>
        <translation>Un rendez-vous n’a pas de --summary.</translation>
    </message>
    <message>
        <source>--status takes draft, scheduled, published or archived, not “%1”.</source>
        <translation>--status accepte draft, scheduled, published ou archived, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--publish-at: “%1” is not a date and time.</source>
        <translation>--publish-at&#xa0;: «&#xa0;%1&#xa0;» n’est pas une date et une heure.</translation>
    </message>
    <message>
        <source>An agenda entry needs --start, a date and time.</source>
        <translation>Un rendez-vous demande --start, une date et une heure.</translation>
    </message>
    <message>
        <source>--end: “%1” is not a date and time.</source>
        <translation>--end&#xa0;: «&#xa0;%1&#xa0;» n’est pas une date et une heure.</translation>
    </message>
    <message>
        <source>add takes one of: article, testimonial, agenda, contact.</source>
        <translation>add accepte&#xa0;: article, testimonial, agenda, contact.</translation>
    </message>
    <message>
        <source>--expect-revision takes a revision number (1 or more).</source>
        <translation>--expect-revision accepte un numéro de révision (1 ou plus).</translation>
    </message>
    <message>
        <source> It was saved by %1 at %2.</source>
        <translation> Elle a été enregistrée par %1 à %2.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <source>%1 was changed meanwhile: it is at revision %2, you expected %3; nothing was changed.%4 Read it again (relais-cli show %1) and redo the edit.</source>
        <translation>%1 a été modifié entre-temps&#xa0;: il en est à la révision %2, vous attendiez la %3&#xa0;; rien n’a été modifié.%4 Relisez-le (relais-cli show %1) et refaites la modification.</translation>
    </message>
    <message>
        <source>%1 saved: revision %2.</source>
        <translation>%1 enregistré&#xa0;: révision %2.</translation>
    </message>
    <message>
        <source>Connection lost, trying again: %1</source>
        <translation>Connexion perdue, nouvel essai&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connected again; what was missed follows.</source>
        <translation>Reconnecté&#xa0;; voici ce qui a été manqué.</translation>
    </message>
    <message>
        <source>Watching %1; Ctrl+C stops.</source>
        <translation>Surveillance de %1&#xa0;; Ctrl+C pour arrêter.</translation>
    </message>
    <message>
        <source>An agenda entry&apos;s new start (ISO 8601); without --end it keeps its length.</source>
        <translation>Le nouveau début d’un événement de l’agenda (ISO 8601)&#xa0;; sans --end, il garde sa durée.</translation>
    </message>
    <message>
        <source>An agenda entry&apos;s new end (ISO 8601).</source>
        <translation>La nouvelle fin d’un événement de l’agenda (ISO 8601).</translation>
    </message>
    <message>
        <source>An article has no --%1: its date is --publish-at.</source>
        <translation>Un article n’a pas de --%1&#xa0;: sa date est --publish-at.</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a date and time.</source>
        <translation>--%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une date et une heure.</translation>
    </message>
</context>
<context>
    <name>Relais::ItemEditor</name>
    <message>
        <source>Changed elsewhere</source>
        <translation>Modifié ailleurs</translation>
    </message>
    <message>
        <source>Keep your version and overwrite the other one, or load the other version and lose your changes?</source>
        <translation>Garder votre version et écraser l’autre, ou charger l’autre version et perdre vos modifications&#xa0;?</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Load theirs</source>
        <translation>Charger l’autre</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation>Pas encore enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Loaded the other version of “%1”.</source>
        <translation>L’autre version de «&#xa0;%1&#xa0;» a été chargée.</translation>
    </message>
    <message>
        <source>Not saved: the database is read-only.</source>
        <translation>Non enregistré&#xa0;: la base est en lecture seule.</translation>
    </message>
    <message>
        <source>Describe the Picture</source>
        <translation>Décrire l’image</translation>
    </message>
    <message>
        <source>What does “%1” show? Visitors who cannot see pictures (screen readers, slow connections) get this text instead.</source>
        <translation>Que montre «&#xa0;%1&#xa0;»&#xa0;? Les visiteurs qui ne voient pas les images (lecteurs d’écran, connexions lentes) lisent ce texte à la place.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Show the fields that differ between your version and theirs.</source>
        <translation>Afficher les champs qui diffèrent entre votre version et la leur.</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Save your version over theirs.</source>
        <translation>Enregistrer votre version par-dessus la leur.</translation>
    </message>
    <message>
        <source>Load Theirs</source>
        <translation>Charger la leur</translation>
    </message>
    <message>
        <source>Show their version; your unsaved edits are dropped.</source>
        <translation>Afficher leur version&#xa0;; vos modifications non enregistrées sont abandonnées.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the item; what you typed is dropped.</source>
        <translation>Fermer l’élément&#xa0;; ce que vous avez tapé est abandonné.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Quelqu’un</translation>
    </message>
    <message>
        <source>%1 deleted “%2” for good at %3.</source>
        <translation>%1 a supprimé définitivement «&#xa0;%2&#xa0;» à %3.</translation>
    </message>
    <message>
        <source>%1 deleted this item for good at %2. What you typed is still here: copy what you want to keep, then close it.</source>
        <translation>%1 a supprimé définitivement cet élément à %2. Ce que vous avez tapé est encore là&#xa0;: copiez ce que vous voulez garder, puis fermez-le.</translation>
    </message>
    <message>
        <source>“%1” was updated by %2 at %3.</source>
        <translation>«&#xa0;%1&#xa0;» a été mis à jour par %2 à %3.</translation>
    </message>
    <message>
        <source>%1 saved a newer version at %2.</source>
        <translation>%1 a enregistré une version plus récente à %2.</translation>
    </message>
    <message>
        <source>Compare Versions of “%1”</source>
        <translation>Comparer les versions de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La vôtre</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La leur</translation>
    </message>
    <message>
        <source>(no field differs)</source>
        <translation>(aucun champ ne diffère)</translation>
    </message>
    <message>
        <source>Not saved yet: %1 Your text stays here and is sent again every %2 seconds.</source>
        <translation>Pas encore enregistré&#xa0;: %1 Votre texte reste ici et sera renvoyé toutes les %2 secondes.</translation>
    </message>
    <message>
        <source>%1 moved “%2” to the trash at %3.</source>
        <translation>%1 a mis «&#xa0;%2&#xa0;» à la corbeille à %3.</translation>
    </message>
    <message>
        <source>%1 is editing this item too. Saves never overwrite each other unasked.</source>
        <translation>%1 modifie aussi cet élément. Les enregistrements ne s’écrasent jamais sans vous demander.</translation>
    </message>
    <message>
        <source>%1 are editing this item too. Saves never overwrite each other unasked.</source>
        <translation>%1 modifient aussi cet élément. Les enregistrements ne s’écrasent jamais sans vous demander.</translation>
    </message>
    <message>
        <source>Offline: “%1” is kept on this computer and sent when the newsroom answers again (%2)</source>
        <translation>Hors ligne&#xa0;: «&#xa0;%1&#xa0;» est gardé sur cet ordinateur et envoyé quand la rédaction répondra de nouveau (%2)</translation>
    </message>
</context>
<context>
    <name>Relais::JobProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Relais::JsonFormat</name>
    <message>
        <source>The field “%1” has a wrong value.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» a une valeur incorrecte.</translation>
    </message>
</context>
<context>
    <name>Relais::JsonListStream</name>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>something follows the end of the document</source>
        <translation>quelque chose suit la fin du document</translation>
    </message>
    <message>
        <source>a value is not valid</source>
        <translation>une valeur n’est pas valide</translation>
    </message>
    <message>
        <source>a name is missing in an object</source>
        <translation>un nom manque dans un objet</translation>
    </message>
    <message>
        <source>a colon is missing after a name</source>
        <translation>les deux-points manquent après un nom</translation>
    </message>
    <message>
        <source>a comma or “}” is missing after a value in an object</source>
        <translation>une virgule ou «&#xa0;}&#xa0;» manque après une valeur d’un objet</translation>
    </message>
    <message>
        <source>a comma or “]” is missing after a value in a list</source>
        <translation>une virgule ou «&#xa0;]&#xa0;» manque après une valeur d’une liste</translation>
    </message>
    <message>
        <source>a \u escape is not valid</source>
        <translation>un échappement \u n’est pas valide</translation>
    </message>
    <message>
        <source>a backslash escape is not valid</source>
        <translation>un échappement par barre oblique inverse n’est pas valide</translation>
    </message>
    <message>
        <source>a text has no closing quotation mark</source>
        <translation>un texte n’a pas de guillemet fermant</translation>
    </message>
    <message>
        <source>a text is not valid UTF-8</source>
        <translation>un texte n’est pas en UTF-8 valide</translation>
    </message>
    <message>
        <source>a number is too big</source>
        <translation>un nombre est trop grand</translation>
    </message>
    <message>
        <source>a number is not complete</source>
        <translation>un nombre est incomplet</translation>
    </message>
    <message>
        <source>the syntax is not valid</source>
        <translation>la syntaxe n’est pas valide</translation>
    </message>
    <message>
        <source>it must hold one object, not a list.</source>
        <translation>il doit contenir un objet, pas une liste.</translation>
    </message>
    <message>
        <source>it nests lists and objects deeper than %1 levels.</source>
        <translation>il imbrique listes et objets sur plus de %1 niveaux.</translation>
    </message>
    <message>
        <source>it must hold one object.</source>
        <translation>il doit contenir un objet.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: a NUL byte at line %2, column %3.</source>
        <translation>%1 n’est pas du JSON valide&#xa0;: un octet NUL à la ligne %2, colonne %3.</translation>
    </message>
    <message>
        <source>%1 is not a file Relais can import: %2</source>
        <translation>%1 n’est pas un fichier que Relais peut importer&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at line %3, column %4.</source>
        <translation>%1 n’est pas du JSON valide&#xa0;: %2 à la ligne %3, colonne %4.</translation>
    </message>
</context>
<context>
    <name>Relais::ListPanel</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Toutes les rubriques</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les genres</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>more than %L1 items</source>
        <translation>plus de %L1 éléments</translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation>De tout le monde</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Les miens</translation>
    </message>
    <message>
        <source>Waiting for my review</source>
        <translation>En attente de ma relecture</translation>
    </message>
</context>
<context>
    <name>Relais::MainWindow</name>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Delete for &amp;Good…</source>
        <translation>Supprimer &amp;définitivement…</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Vider la corbeille…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation>&amp;Articles</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation>&amp;Corbeille</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This item is in the trash. Restore it to edit it.</source>
        <translation>Cet élément est dans la corbeille. Restaurez-le pour le modifier.</translation>
    </message>
    <message>
        <source>Deleted items stay here until the trash is emptied.</source>
        <translation>Les éléments supprimés restent ici jusqu’à ce que la corbeille soit vidée.</translation>
    </message>
    <message>
        <source>Choose an item in the list, or create one with New (Ctrl+N).</source>
        <translation>Choisissez un élément dans la liste, ou créez-en un avec Nouveau (Ctrl+N).</translation>
    </message>
    <message>
        <source>Your changes could not be saved:
%1

Discard them?</source>
        <translation>Vos modifications n’ont pas pu être enregistrées&#xa0;:
%1

Les abandonner&#xa0;?</translation>
    </message>
    <message>
        <source>New item: it is saved as soon as it has a title.</source>
        <translation>Nouvel élément&#xa0;: il est enregistré dès qu’il a un titre.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Relais will use the new language the next time it starts.</source>
        <translation>Relais utilisera la nouvelle langue au prochain démarrage.</translation>
    </message>
    <message>
        <source>The database could not be checked: %1</source>
        <translation>La base n’a pas pu être vérifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The database “%1” is damaged: %2

Relais shows what it can read and will not write to the file. Close Relais and restore the file from a backup.</source>
        <translation>La base «&#xa0;%1&#xa0;» est endommagée&#xa0;: %2

Relais montre ce qu’il peut lire et n’écrira pas dans le fichier. Fermez Relais et restaurez le fichier depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>Read-only: the database is damaged</source>
        <translation>Lecture seule&#xa0;: la base est endommagée</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Base endommagée</translation>
    </message>
    <message>
        <source>&amp;Preview in Browser</source>
        <translation>&amp;Aperçu dans le navigateur</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Pas d’aperçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not open a browser for %1</source>
        <translation>Impossible d’ouvrir un navigateur pour %1</translation>
    </message>
    <message>
        <source>Preview opened in your browser</source>
        <translation>Aperçu ouvert dans votre navigateur</translation>
    </message>
    <message>
        <source>&amp;Site Settings…</source>
        <translation>Paramètres du &amp;site…</translation>
    </message>
    <message>
        <source>Site settings saved</source>
        <translation>Paramètres du site enregistrés</translation>
    </message>
    <message>
        <source>P&amp;ublish…</source>
        <translation>P&amp;ublier…</translation>
    </message>
    <message>
        <source>Publish &amp;History…</source>
        <translation>&amp;Historique des publications…</translation>
    </message>
    <message>
        <source>&amp;Publishing Targets…</source>
        <translation>&amp;Destinations de publication…</translation>
    </message>
    <message>
        <source>Not published (no target)</source>
        <translation>Non publié (aucune destination)</translation>
    </message>
    <message>
        <source>Never published</source>
        <translation>Jamais publié</translation>
    </message>
    <message>
        <source>Unpublished changes since %1</source>
        <translation>Modifications non publiées depuis %1</translation>
    </message>
    <message>
        <source>Last published %1. File → Publish sends the changes.</source>
        <translation>Dernière publication&#xa0;: %1. Fichier → Publier envoie les modifications.</translation>
    </message>
    <message>
        <source>All published (%1)</source>
        <translation>Tout est publié (%1)</translation>
    </message>
    <message>
        <source>&amp;Export Agenda…</source>
        <translation>E&amp;xporter l’agenda…</translation>
    </message>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation>&amp;Importer des contacts…</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>Export &amp;Contacts…</source>
        <translation>Exporter les &amp;contacts…</translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>Exporter les contacts</translation>
    </message>
    <message>
        <source>vCard 4.0 (*.vcf);;CSV (*.csv)</source>
        <translation>vCard 4.0 (*.vcf);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) exported</source>
        <translation>
            <numerusform>%n contact exporté</numerusform>
            <numerusform>%n contacts exportés</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is larger than 200 MB; it is not an address book.</source>
        <translation>«&#xa0;%1&#xa0;» dépasse 200&#xa0;Mo&#xa0;; ce n’est pas un carnet d’adresses.</translation>
    </message>
    <message>
        <source>Address books (*.vcf *.vcard *.csv)</source>
        <translation>Carnets d’adresses (*.vcf *.vcard *.csv)</translation>
    </message>
    <message>
        <source>Links are not followed in the preview: %1</source>
        <translation>Les liens ne sont pas suivis dans l’aperçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Show Pre&amp;view Pane</source>
        <translation>Afficher le volet d’a&amp;perçu</translation>
    </message>
    <message>
        <source>&amp;Media Library…</source>
        <translation>&amp;Médiathèque…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Open an article or an agenda entry to see its page.</source>
        <translation>Ouvrez un article ou un événement pour voir sa page.</translation>
    </message>
    <message>
        <source>&amp;Submissions</source>
        <translation>A&amp;nnonces</translation>
    </message>
    <message>
        <source>Su&amp;bmissions</source>
        <translation>A&amp;nnonces</translation>
    </message>
    <message>
        <source>Submissions (%1)</source>
        <translation>Annonces (%1)</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Annonces</translation>
    </message>
    <message numerus="yes">
        <source>%n new submission(s) to review</source>
        <translation>
            <numerusform>%n nouvelle annonce à relire</numerusform>
            <numerusform>%n nouvelles annonces à relire</numerusform>
        </translation>
    </message>
    <message>
        <source>From the submission “%1” (%2). It is approved when this item is first saved; choose its status before publishing.</source>
        <translation>D’après l’annonce «&#xa0;%1&#xa0;» (%2). Elle est approuvée au premier enregistrement de cet élément&#xa0;; choisissez son statut avant de publier.</translation>
    </message>
    <message>
        <source>Approving “%1”: edit the item, then save it as a draft, scheduled or published.</source>
        <translation>Approbation de «&#xa0;%1&#xa0;»&#xa0;: modifiez l’élément, puis enregistrez-le en brouillon, programmé ou publié.</translation>
    </message>
    <message>
        <source>Saved, but the approval could not be recorded: %1</source>
        <translation>Enregistré, mais l’approbation n’a pas pu être notée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved and approved: the item keeps its link to the submission.</source>
        <translation>Enregistré et approuvé&#xa0;: l’élément garde son lien avec l’annonce.</translation>
    </message>
    <message>
        <source>The submission gives no usable date: the start shown is a placeholder, set the real one.</source>
        <translation>L’annonce ne donne pas de date utilisable&#xa0;: le début affiché est provisoire, indiquez le vrai.</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Lecture de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Read-only: you may not write this file</source>
        <translation>Lecture seule&#xa0;: vous ne pouvez pas écrire ce fichier</translation>
    </message>
    <message>
        <source>You may read “%1” but not change it: %2. Ask whoever owns it, or copy it to a folder of yours to work on the copy.</source>
        <translation>Vous pouvez lire «&#xa0;%1&#xa0;» mais pas le modifier&#xa0;: %2. Demandez à qui le possède, ou copiez-le dans un de vos dossiers pour travailler sur la copie.</translation>
    </message>
    <message>
        <source>Offline: colleagues&apos; changes are not shown</source>
        <translation>Hors ligne&#xa0;: les modifications des collègues ne s’affichent pas</translation>
    </message>
    <message>
        <source>%1
Relais keeps trying; the lists are read again once the server answers.</source>
        <translation>%1
Relais réessaie&#xa0;; les listes sont relues dès que le serveur répond.</translation>
    </message>
    <message>
        <source>Back in touch with the newsroom.</source>
        <translation>De nouveau en lien avec la rédaction.</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base…</translation>
    </message>
    <message>
        <source>&amp;Connect to Newsroom…</source>
        <translation>Se connecter à une &amp;rédaction…</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base</translation>
    </message>
    <message>
        <source>Relais databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases Relais (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>(nothing yet)</source>
        <translation>(rien pour l’instant)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Offline edits cannot be kept on this computer: %1</source>
        <translation>Les modifications hors ligne ne peuvent pas être gardées sur cet ordinateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your changes wait on this computer and are sent when the newsroom answers again.</source>
        <translation>Vos modifications attendent sur cet ordinateur et seront envoyées quand la rédaction répondra de nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n change(s) waiting</source>
        <translation>
            <numerusform>Hors ligne — %n modification en attente</numerusform>
            <numerusform>Hors ligne — %n modifications en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting on this computer</source>
        <translation>
            <numerusform>%n modification en attente sur cet ordinateur</numerusform>
            <numerusform>%n modifications en attente sur cet ordinateur</numerusform>
        </translation>
    </message>
    <message>
        <source>What you typed while the newsroom did not answer is kept on this computer and sent when it answers. File → Changes Waiting on This Computer shows it.</source>
        <translation>Ce que vous avez saisi pendant que la rédaction ne répondait pas est gardé sur cet ordinateur et envoyé quand elle répond. Fichier → Modifications en attente sur cet ordinateur le montre.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) typed while the newsroom did not answer were saved.</source>
        <translation>
            <numerusform>%n modification saisie pendant que la rédaction ne répondait pas a été enregistrée.</numerusform>
            <numerusform>%n modifications saisies pendant que la rédaction ne répondait pas ont été enregistrées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept on this computer need your choice: someone else saved those items meanwhile. File → Changes Waiting on This Computer.</source>
        <translation>
            <numerusform>%n modification gardée sur cet ordinateur attend votre choix&#xa0;: quelqu’un d’autre a enregistré cet élément entre-temps. Fichier → Modifications en attente sur cet ordinateur.</numerusform>
            <numerusform>%n modifications gardées sur cet ordinateur attendent votre choix&#xa0;: quelqu’un d’autre a enregistré ces éléments entre-temps. Fichier → Modifications en attente sur cet ordinateur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes &amp;Waiting on This Computer…</source>
        <translation>&amp;Modifications en attente sur cet ordinateur…</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>%1 takes %2; you are %3.</source>
        <translation>%1 demande %2&#xa0;; vous êtes %3.</translation>
    </message>
    <message>
        <source>That item is no longer there (deleted, or in the trash).</source>
        <translation>Cet élément n’est plus là (supprimé, ou dans la corbeille).</translation>
    </message>
    <message>
        <source>Mine (%1)</source>
        <translation>Les miens (%1)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Les miens</translation>
    </message>
    <message>
        <source>The articles and agenda entries you wrote.</source>
        <translation>Les articles et événements que vous avez écrits.</translation>
    </message>
    <message>
        <source>To Review (%1)</source>
        <translation>À relire (%1)</translation>
    </message>
    <message>
        <source>To Review</source>
        <translation>À relire</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for my review: %n item(s) in review, assigned to you or to no one</source>
        <translation>
            <numerusform>En attente de ma relecture&#xa0;: %n élément en relecture, attribué à vous ou à personne</numerusform>
            <numerusform>En attente de ma relecture&#xa0;: %n éléments en relecture, attribués à vous ou à personne</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Activity Log</source>
        <translation>&amp;Journal d’activité</translation>
    </message>
    <message>
        <source>&amp;Team…</source>
        <translation>É&amp;quipe…</translation>
    </message>
    <message>
        <source>Submissions take a moderator, an editor or an administrator; you are %1.</source>
        <translation>Les propositions demandent un modérateur, un éditeur ou un administrateur&#xa0;; vous êtes %1.</translation>
    </message>
    <message>
        <source>Moving somebody else&apos;s item, or one sent for review, to the trash takes an editor or an administrator; you are %1.</source>
        <translation>Mettre à la corbeille l’élément de quelqu’un d’autre, ou un élément envoyé en relecture, demande un éditeur ou un administrateur&#xa0;; vous êtes %1.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>The editorial calendar and the planning board</source>
        <translation>Le calendrier éditorial et le tableau de planification</translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation>Ca&amp;lendrier</translation>
    </message>
    <message>
        <source>What you type cannot be kept for recovery: %1</source>
        <translation>Ce que vous tapez ne peut pas être gardé pour être récupéré&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Recovered %n word(s) typed in “%1” before Relais closed (kept at %2); the item&apos;s history keeps the version before them.</source>
        <translation>
            <numerusform>%n mot tapé dans «&#xa0;%1&#xa0;» avant la fermeture de Relais a été récupéré (gardé à %2)&#xa0;; l’historique de l’élément garde la version d’avant.</numerusform>
            <numerusform>%n mots tapés dans «&#xa0;%1&#xa0;» avant la fermeture de Relais ont été récupérés (gardés à %2)&#xa0;; l’historique de l’élément garde la version d’avant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovered the changes made to “%1” before Relais closed (kept at %2); the item&apos;s history keeps the version before them.</source>
        <translation>Les modifications de «&#xa0;%1&#xa0;» faites avant la fermeture de Relais ont été récupérées (gardées à %2)&#xa0;; l’historique de l’élément garde la version d’avant.</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>la saisie</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
</context>
<context>
    <name>Relais::Manifest</name>
    <message>
        <source>The manifest is not JSON: %1.</source>
        <translation>Le manifeste n’est pas du JSON&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The manifest is not a Relais manifest (format “%1”).</source>
        <translation>Le manifeste n’est pas un manifeste Relais (format «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>The manifest has no list of files.</source>
        <translation>Le manifeste n’a pas de liste de fichiers.</translation>
    </message>
    <message>
        <source>The manifest&apos;s entry “%1” is not valid.</source>
        <translation>L’entrée «&#xa0;%1&#xa0;» du manifeste n’est pas valide.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed on the server (%n):</source>
        <translation>
            <numerusform>Modifié sur le serveur (%n)&#xa0;:</numerusform>
            <numerusform>Modifiés sur le serveur (%n)&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added on the server (%n):</source>
        <translation>
            <numerusform>Ajouté sur le serveur (%n)&#xa0;:</numerusform>
            <numerusform>Ajoutés sur le serveur (%n)&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missing on the server (%n):</source>
        <translation>
            <numerusform>Absent du serveur (%n)&#xa0;:</numerusform>
            <numerusform>Absents du serveur (%n)&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Relais::Markdown</name>
    <message>
        <source>link removed</source>
        <translation>lien retiré</translation>
    </message>
    <message>
        <source>picture not loaded</source>
        <translation>image non chargée</translation>
    </message>
</context>
<context>
    <name>Relais::MarkdownEdit</name>
    <message>
        <source>text of the link</source>
        <translation>texte du lien</translation>
    </message>
    <message>
        <source>description of the image</source>
        <translation>description de l’image</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>No suggestion</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <source>Add “%1” to the Dictionary</source>
        <translation>Ajouter «&#xa0;%1&#xa0;» au dictionnaire</translation>
    </message>
    <message>
        <source>Insert Pictures</source>
        <translation>Insérer des images</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.gif *.webp)</translation>
    </message>
    <message>
        <source>The pasted picture could not be read.</source>
        <translation>L’image collée n’a pas pu être lue.</translation>
    </message>
</context>
<context>
    <name>Relais::MarkdownEditor</name>
    <message>
        <source>B</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>Heading level %1</source>
        <translation>Titre de niveau %1</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Liste</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n caractère</numerusform>
            <numerusform>%n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>H2</source>
        <translation>T2</translation>
    </message>
    <message>
        <source>H3</source>
        <translation>T3</translation>
    </message>
    <message>
        <source>H4</source>
        <translation>T4</translation>
    </message>
    <message>
        <source>Find in the text</source>
        <translation>Chercher dans le texte</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s)</source>
        <translation>
            <numerusform>%n remplacement</numerusform>
            <numerusform>%n remplacements</numerusform>
        </translation>
    </message>
    <message>
        <source>Find/Replace</source>
        <translation>Chercher/Remplacer</translation>
    </message>
    <message>
        <source>Find and replace in the text</source>
        <translation>Chercher et remplacer dans le texte</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) without a description: write what it shows between ![ and ], for visitors who cannot see it.</source>
        <translation>
            <numerusform>%n image sans description&#xa0;: écrivez ce qu’elle montre entre ![ et ], pour les visiteurs qui ne la voient pas.</numerusform>
            <numerusform>%n images sans description&#xa0;: écrivez ce qu’elles montrent entre ![ et ], pour les visiteurs qui ne les voient pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the media store, so not on the site: %1</source>
        <translation>Absentes de la médiathèque, donc pas sur le site&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Relais::MediaCommands</name>
    <message>
        <source>No picture of the media store is named “%1” (relais-cli media list shows them).</source>
        <translation>Aucune image de la médiathèque ne s’appelle «&#xa0;%1&#xa0;» (relais-cli media list les montre).</translation>
    </message>
    <message>
        <source>The picture&apos;s name, as media list shows it.</source>
        <translation>Le nom de l’image, tel que media list l’affiche.</translation>
    </message>
    <message>
        <source>Store a picture (JPEG, PNG, GIF) with its web copies.</source>
        <translation>Enregistrer une image (JPEG, PNG, GIF) avec ses copies pour le web.</translation>
    </message>
    <message>
        <source>The picture.</source>
        <translation>L’image.</translation>
    </message>
    <message>
        <source>The picture&apos;s description (alt text).</source>
        <translation>La description de l’image (texte alternatif).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>The slug of the article it is the featured image of.</source>
        <translation>Le nom d’adresse de l’article dont elle est l’image à la une.</translation>
    </message>
    <message>
        <source>slug</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>The pictures of the media store.</source>
        <translation>Les images de la médiathèque.</translation>
    </message>
    <message>
        <source>Only the pictures nothing shows.</source>
        <translation>Seulement les images que rien n’affiche.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <source>Set a picture&apos;s description (alt text).</source>
        <translation>Donner la description d’une image (texte alternatif).</translation>
    </message>
    <message>
        <source>Remove a picture; only one that nothing shows can be removed.</source>
        <translation>Retirer une image&#xa0;; seule une image que rien n’affiche peut être retirée.</translation>
    </message>
    <message>
        <source>No article has the slug “%1”.</source>
        <translation>Aucun article n’a le slug «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Stored %1 (%2 × %3) as %4; write it in a text as ![description](%4).</source>
        <translation>%1 (%2 × %3) rangée sous %4&#xa0;; à écrire dans un texte comme ![description](%4).</translation>
    </message>
    <message>
        <source>It has no description: add one with media describe %1 --alt TEXT (visitors who cannot see it read it).</source>
        <translation>Elle n’a pas de description&#xa0;: ajoutez-en une avec media describe %1 --alt TEXTE (les visiteurs qui ne la voient pas la lisent).</translation>
    </message>
    <message>
        <source>Featured image of “%1”.</source>
        <translation>Image à la une de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>unused</source>
        <translation>inutilisée</translation>
    </message>
    <message>
        <source>used</source>
        <translation>utilisée</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(sans description)</translation>
    </message>
    <message>
        <source>pictures: %1</source>
        <translation>images&#xa0;: %1</translation>
    </message>
    <message>
        <source>Description of %1 saved.</source>
        <translation>Description de %1 enregistrée.</translation>
    </message>
    <message>
        <source>%1 is still shown by an article or agenda entry (or one in the trash); it stays.</source>
        <translation>%1 est encore montrée par un article ou un événement (ou l’un de ceux de la corbeille)&#xa0;; elle reste.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 supprimée.</translation>
    </message>
</context>
<context>
    <name>Relais::MediaLibraryDialog</name>
    <message>
        <source>Media Library</source>
        <translation>Médiathèque</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Name on the site</source>
        <translation>Nom sur le site</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Original file</source>
        <translation>Fichier d’origine</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisée</translation>
    </message>
    <message>
        <source>Only pictures no item uses</source>
        <translation>Seulement les images qu’aucun élément n’utilise</translation>
    </message>
    <message>
        <source>Remove Unused…</source>
        <translation>Supprimer les inutilisées…</translation>
    </message>
    <message>
        <source>%1 × %2, %3</source>
        <translation>%1 × %2, %3</translation>
    </message>
    <message>
        <source>What the picture shows, for visitors who cannot see it</source>
        <translation>Ce que montre l’image, pour les visiteurs qui ne la voient pas</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unused</source>
        <translation>
            <numerusform>%n inutilisée</numerusform>
            <numerusform>%n inutilisées</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Unused Pictures</source>
        <translation>Supprimer les images inutilisées</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n picture(s) that no article or agenda entry uses? They cannot be restored.</source>
        <translation>
            <numerusform>Supprimer %n image qu’aucun article ni événement n’utilise&#xa0;? Elle ne pourra pas être restaurée.</numerusform>
            <numerusform>Supprimer %n images qu’aucun article ni événement n’utilise&#xa0;? Elles ne pourront pas être restaurées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Relais::MediaRepository</name>
    <message>
        <source>There is no picture “%1” in the media store.</source>
        <translation>Il n’y a pas d’image «&#xa0;%1&#xa0;» dans la médiathèque.</translation>
    </message>
    <message>
        <source>“%1” is not a file of the media store.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier de la médiathèque.</translation>
    </message>
</context>
<context>
    <name>Relais::Moderation</name>
    <message numerus="yes">
        <source>Probably spam: %n link(s).</source>
        <translation>
            <numerusform>Probablement indésirable&#xa0;: %n lien.</numerusform>
            <numerusform>Probablement indésirable&#xa0;: %n liens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Probably spam: the field hidden from people was filled in, as robots do.</source>
        <translation>Probablement indésirable&#xa0;: le champ caché aux personnes a été rempli, comme le font les robots.</translation>
    </message>
    <message>
        <source>Probably spam: contains the blocked word “%1”.</source>
        <translation>Probablement indésirable&#xa0;: contient le mot bloqué «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Possible duplicate of the agenda entry “%1” the same day.</source>
        <translation>Doublon possible de l’événement «&#xa0;%1&#xa0;» le même jour.</translation>
    </message>
    <message>
        <source>Possible duplicate of the submission “%1” (id %2) the same day.</source>
        <translation>Doublon possible de l’annonce «&#xa0;%1&#xa0;» (id %2) le même jour.</translation>
    </message>
    <message>
        <source>No start date: an agenda entry needs one.</source>
        <translation>Pas de date de début&#xa0;: un événement en demande une.</translation>
    </message>
    <message>
        <source>The date is past (%1).</source>
        <translation>La date est passée (%1).</translation>
    </message>
    <message>
        <source>The end (%1) comes before the start (%2).</source>
        <translation>La fin (%1) précède le début (%2).</translation>
    </message>
    <message>
        <source>No place: neither a location, an address nor an online link.</source>
        <translation>Pas de lieu&#xa0;: ni nom de lieu, ni adresse, ni lien en ligne.</translation>
    </message>
    <message>
        <source>The submission %1 is already approved.</source>
        <translation>L’annonce %1 est déjà approuvée.</translation>
    </message>
    <message>
        <source>The submission %1 cannot become an agenda entry: %2</source>
        <translation>L’annonce %1 ne peut pas devenir un événement&#xa0;: %2</translation>
    </message>
    <message>
        <source>The submission %1 cannot become an article: %2</source>
        <translation>L’annonce %1 ne peut pas devenir un article&#xa0;: %2</translation>
    </message>
    <message>
        <source>A submission is approved as “agenda” or “article”, not “%1”.</source>
        <translation>Une annonce est approuvée comme «&#xa0;agenda&#xa0;» ou «&#xa0;article&#xa0;», pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A rejection needs a reason.</source>
        <translation>Un refus demande un motif.</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Annonce</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Actualité</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Toute la journée</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Attachments (not downloaded)</source>
        <translation>Pièces jointes (non téléchargées)</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>taille inconnue</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>type unknown</source>
        <translation>type inconnu</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Envoyé par</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>given</source>
        <translation>donné</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non donné</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>Received %1 from %2, id %3.</source>
        <translation>Reçue le %1 de %2, id %3.</translation>
    </message>
</context>
<context>
    <name>Relais::ModerationCommands</name>
    <message>
        <source>The submission: its number or its id, as list submissions shows them.</source>
        <translation>La proposition&#xa0;: son numéro ou son identifiant, tels que list submissions les affiche.</translation>
    </message>
    <message>
        <source>Import announcements sent in by the public (docs/submission-format.md, or a form service&apos;s CSV).</source>
        <translation>Importer des annonces envoyées par le public (docs/submission-format.md, ou le CSV d’un service de formulaires).</translation>
    </message>
    <message>
        <source>A .json or .csv file.</source>
        <translation>Un fichier .json ou .csv.</translation>
    </message>
    <message>
        <source>Where they come from (default: file).</source>
        <translation>D’où elles viennent (par défaut&#xa0;: file).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>The submissions in a state, one per line.</source>
        <translation>Les propositions dans un état, une par ligne.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <source>Which submissions (default: new).</source>
        <translation>Quelles propositions (par défaut&#xa0;: new).</translation>
    </message>
    <message>
        <source>Approve a submission: it becomes an agenda entry or an article.</source>
        <translation>Accepter une proposition&#xa0;: elle devient un événement ou un article.</translation>
    </message>
    <message>
        <source>What it becomes.</source>
        <translation>Ce qu’elle devient.</translation>
    </message>
    <message>
        <source>Its status (default: draft).</source>
        <translation>Son statut (par défaut&#xa0;: draft).</translation>
    </message>
    <message>
        <source>Reject a submission, with the reason.</source>
        <translation>Refuser une proposition, avec la raison.</translation>
    </message>
    <message>
        <source>Why, for the record.</source>
        <translation>Pourquoi, pour mémoire.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>Mark a submission as a duplicate.</source>
        <translation>Marquer une proposition comme doublon.</translation>
    </message>
    <message>
        <source>Put a decided submission back in the queue.</source>
        <translation>Remettre dans la file une proposition déjà décidée.</translation>
    </message>
    <message>
        <source>Collect the submissions: the inbox folder of WebDAV targets, the pending posts of WordPress targets.</source>
        <translation>Relever les propositions&#xa0;: le dossier de réception des destinations WebDAV, les articles en attente des destinations WordPress.</translation>
    </message>
    <message>
        <source>The target (default: every target).</source>
        <translation>La destination (par défaut&#xa0;: toutes).</translation>
    </message>
    <message>
        <source>A file holding the password, readable by its owner only.</source>
        <translation>Un fichier contenant le mot de passe, lisible par son seul propriétaire.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is too large to be a file of submissions.</source>
        <translation>«&#xa0;%1&#xa0;» est trop gros pour être un fichier d’annonces.</translation>
    </message>
    <message>
        <source>columns: %1</source>
        <translation>colonnes&#xa0;: %1</translation>
    </message>
    <message>
        <source>none recognised</source>
        <translation>aucune reconnue</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>erreur&#xa0;: </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>avertissement&#xa0;: </translation>
    </message>
    <message>
        <source>new submissions: %1, already there: %2, not taken: %3.</source>
        <translation>nouvelles annonces&#xa0;: %1, déjà là&#xa0;: %2, non retenues&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The state is new, approved, rejected, duplicate or all, not “%1”.</source>
        <translation>L’état est new, approved, rejected, duplicate ou all, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>moderate approve needs --as agenda or --as article.</source>
        <translation>moderate approve demande --as agenda ou --as article.</translation>
    </message>
    <message>
        <source>The status of an approved item is draft or published, not “%1”.</source>
        <translation>Le statut d’un élément approuvé est draft ou published, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Approved %1: %2 %3 made (%4).</source>
        <translation>%1 approuvée&#xa0;: %2 %3 créé (%4).</translation>
    </message>
    <message>
        <source>moderate reject needs --reason TEXT: the reason is kept with the decision.</source>
        <translation>moderate reject demande --reason TEXTE&#xa0;: le motif est gardé avec la décision.</translation>
    </message>
    <message>
        <source>Rejected %1.</source>
        <translation>%1 refusée.</translation>
    </message>
    <message>
        <source>Marked %1 as a duplicate.</source>
        <translation>%1 marquée comme doublon.</translation>
    </message>
    <message>
        <source>Reopened %1.</source>
        <translation>%1 rouverte.</translation>
    </message>
    <message>
        <source>There is no target to fetch submissions from; add one with: target add webdav|wordpress NAME --url URL --user USER.</source>
        <translation>Aucune destination où relever des annonces&#xa0;; ajoutez-en une avec&#xa0;: target add webdav|wordpress NOM --url URL --user UTILISATEUR.</translation>
    </message>
    <message>
        <source>%1: pending posts: %2, new submissions: %3, already there: %4, moved to the trash after a decision: %5 (%6 ms, %7 requests).</source>
        <translation>%1&#xa0;: articles en attente&#xa0;: %2, nouvelles annonces&#xa0;: %3, déjà là&#xa0;: %4, mis à la corbeille après décision&#xa0;: %5 (%6 ms, %7 requêtes).</translation>
    </message>
    <message>
        <source>%1: files in the inbox: %2, new submissions: %3, already there: %4, moved out after a decision: %5 (%6 ms, %7 requests).</source>
        <translation>%1&#xa0;: fichiers dans la boîte de réception&#xa0;: %2, nouvelles annonces&#xa0;: %3, déjà là&#xa0;: %4, sortis après décision&#xa0;: %5 (%6 ms, %7 requêtes).</translation>
    </message>
</context>
<context>
    <name>Relais::ModerationController</name>
    <message>
        <source>&amp;Next Submission</source>
        <translation>Annonce &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous Submission</source>
        <translation>Annonce &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>Approve as A&amp;genda Entry…</source>
        <translation>Approuver comme é&amp;vénement…</translation>
    </message>
    <message>
        <source>Approve as A&amp;rticle…</source>
        <translation>Approuver comme a&amp;rticle…</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Refuser…</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Doublon</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>R&amp;ouvrir</translation>
    </message>
    <message>
        <source>&amp;Write to the Submitter…</source>
        <translation>É&amp;crire à l’auteur…</translation>
    </message>
    <message>
        <source>Show Raw &amp;Payload</source>
        <translation>Voir le contenu &amp;brut</translation>
    </message>
    <message>
        <source>P&amp;urge Raw Payload…</source>
        <translation>&amp;Effacer le contenu brut…</translation>
    </message>
    <message>
        <source>&amp;Fetch Inbox</source>
        <translation>Relever la boîte de &amp;réception</translation>
    </message>
    <message>
        <source>&amp;Import File…</source>
        <translation>&amp;Importer un fichier…</translation>
    </message>
    <message>
        <source>Approve as Agenda Entry</source>
        <translation>Approuver comme événement</translation>
    </message>
    <message>
        <source>Approve as Article</source>
        <translation>Approuver comme article</translation>
    </message>
    <message>
        <source>This submission is already approved.</source>
        <translation>Cette annonce est déjà approuvée.</translation>
    </message>
    <message>
        <source>Made from the submission “%1” sent by %2 (%3), received %4; approved by %5 on %6.</source>
        <translation>Fait d’après l’annonce «&#xa0;%1&#xa0;» envoyée par %2 (%3), reçue le %4&#xa0;; approuvée par %5 le %6.</translation>
    </message>
    <message>
        <source>Nothing was recorded: %1</source>
        <translation>Rien n’a été noté&#xa0;: %1</translation>
    </message>
    <message>
        <source>the database refused the change.</source>
        <translation>la base a refusé la modification.</translation>
    </message>
    <message>
        <source>This submission has no e-mail address to write to.</source>
        <translation>Cette annonce n’a pas d’adresse électronique où écrire.</translation>
    </message>
    <message>
        <source>No mail program opened the message to %1.</source>
        <translation>Aucun logiciel de courrier n’a ouvert le message pour %1.</translation>
    </message>
    <message>
        <source>Raw Payload of “%1”</source>
        <translation>Contenu brut de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Purge Raw Payload</source>
        <translation>Effacer le contenu brut</translation>
    </message>
    <message>
        <source>Forget the payload of “%1” exactly as it was received? What Relais read from it and the decisions stay. This cannot be undone.</source>
        <translation>Oublier le contenu de «&#xa0;%1&#xa0;» tel qu’il a été reçu&#xa0;? Ce que Relais en a lu et les décisions restent. C’est irréversible.</translation>
    </message>
    <message>
        <source>The raw payload was purged.</source>
        <translation>Le contenu brut a été effacé.</translation>
    </message>
    <message>
        <source>Import Submissions</source>
        <translation>Importer des annonces</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 already there, %4 not taken.</source>
        <translation>%1&#xa0;: %2 nouvelles, %3 déjà là, %4 non retenues.</translation>
    </message>
    <message>
        <source>%1: nothing imported.</source>
        <translation>%1&#xa0;: rien d’importé.</translation>
    </message>
    <message>
        <source>Warnings about fields: %1 (shown in each submission&apos;s review).</source>
        <translation>Avertissements sur des champs&#xa0;: %1 (montrés dans la relecture de chaque annonce).</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… et %1 de plus.</translation>
    </message>
    <message>
        <source>There is no publishing target to fetch submissions from: add one in Site → Publishing Targets.</source>
        <translation>Aucune destination de publication où relever les annonces&#xa0;: ajoutez-en une dans Réglages → Destinations de publication.</translation>
    </message>
    <message>
        <source>Fetching the inbox…</source>
        <translation>Relève de la boîte de réception…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Fetch Inbox</source>
        <translation>Relever la boîte de réception</translation>
    </message>
    <message>
        <source>Fetching the inbox of “%1”…</source>
        <translation>Relève de la boîte de réception de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>No password for “%1”.</source>
        <translation>Pas de mot de passe pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Decision recorded for %n submission(s).</source>
        <translation>
            <numerusform>Décision notée pour %n annonce.</numerusform>
            <numerusform>Décision notée pour %n annonces.</numerusform>
        </translation>
    </message>
    <message>
        <source>Submissions (*.json *.csv);;All files (*)</source>
        <translation>Annonces (*.json *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>“%1” is too large to be a file of submissions.</source>
        <translation>«&#xa0;%1&#xa0;» est trop gros pour être un fichier d’annonces.</translation>
    </message>
    <message>
        <source>Download A&amp;ttachment…</source>
        <translation>&amp;Télécharger une pièce jointe…</translation>
    </message>
    <message>
        <source>Download Attachment</source>
        <translation>Télécharger une pièce jointe</translation>
    </message>
    <message>
        <source>Which file?</source>
        <translation>Quel fichier&#xa0;?</translation>
    </message>
    <message>
        <source>Downloading “%1”…</source>
        <translation>Téléchargement de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
    <message>
        <source>Saved %1 (%2, %3).</source>
        <translation>%1 enregistré (%2, %3).</translation>
    </message>
    <message>
        <source>Inbox: %1 new submissions, %2 already there, %3 moved out after a decision.</source>
        <translation>Boîte de réception&#xa0;: %1 nouvelles annonces, %2 déjà là, %3 retirées après décision.</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Lecture de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>%1: nothing imported (%2)</source>
        <translation>%1&#xa0;: rien n’a été importé (%2)</translation>
    </message>
    <message>
        <source>Submissions take a moderator, an editor or an administrator; you are %1.</source>
        <translation>Les propositions demandent un modérateur, un éditeur ou un administrateur&#xa0;; vous êtes %1.</translation>
    </message>
</context>
<context>
    <name>Relais::NotificationBell</name>
    <message>
        <source>%1 sent “%2” for review</source>
        <translation>%1 a envoyé «&#xa0;%2&#xa0;» en relecture</translation>
    </message>
    <message>
        <source>%1 approved “%2”</source>
        <translation>%1 a approuvé «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 returned “%2” to you: %3</source>
        <translation>%1 vous a renvoyé «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 assigned “%2” to you</source>
        <translation>%1 vous a attribué «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 mentioned you on “%2”: %3</source>
        <translation>%1 vous a mentionné sur «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 commented on “%2”: %3</source>
        <translation>%1 a commenté «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 published “%2”</source>
        <translation>%1 a publié «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2 “%3”</source>
        <translation>%1&#xa0;: %2 «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation>Notifications (%1)</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n notification non lue</numerusform>
            <numerusform>%n notifications non lues</numerusform>
        </translation>
    </message>
    <message>
        <source>No unread notifications</source>
        <translation>Aucune notification non lue</translation>
    </message>
    <message>
        <source>Relais</source>
        <translation>Relais</translation>
    </message>
    <message>
        <source>Nothing yet: what others do about your items shows here.</source>
        <translation>Rien pour l’instant&#xa0;: ce que les autres font de vos éléments s’affiche ici.</translation>
    </message>
    <message>
        <source>Mark All as Read</source>
        <translation>Tout marquer comme lu</translation>
    </message>
</context>
<context>
    <name>Relais::OfflineJournal</name>
    <message>
        <source>Cannot make the folder “%1” for the offline journal.</source>
        <translation>Impossible de créer le dossier «&#xa0;%1&#xa0;» du journal hors ligne.</translation>
    </message>
    <message>
        <source>Cannot make the offline journal “%1”: %2</source>
        <translation>Impossible de créer le journal hors ligne «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The offline journal “%1” is damaged; move it away to start a new one.</source>
        <translation>Le journal hors ligne «&#xa0;%1&#xa0;» est endommagé&#xa0;; déplacez-le pour en commencer un nouveau.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of item.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un genre d’élément.</translation>
    </message>
</context>
<context>
    <name>Relais::OpenFiles</name>
    <message>
        <source>“%1” is the Relais database in use (or one of its companion files); Relais does not read or write it as another file. Choose another file.</source>
        <translation>«&#xa0;%1&#xa0;» est la base Relais en cours d’utilisation (ou l’un de ses fichiers compagnons)&#xa0;; Relais ne la lit ni ne l’écrit comme un autre fichier. Choisissez un autre fichier.</translation>
    </message>
</context>
<context>
    <name>Relais::PasswordPrompt</name>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password of %1 on %2 (kept until Relais quits: %3)</source>
        <translation>Mot de passe de %1 sur %2 (gardé jusqu’à la fermeture de Relais&#xa0;: %3)</translation>
    </message>
</context>
<context>
    <name>Relais::PasswordVault</name>
    <message>
        <source>The keyring has no password for this target.</source>
        <translation>Le trousseau n’a pas de mot de passe pour cette destination.</translation>
    </message>
    <message>
        <source>No desktop keyring is running.</source>
        <translation>Aucun trousseau du bureau ne fonctionne.</translation>
    </message>
    <message>
        <source>The desktop keyring cannot be reached: %1</source>
        <translation>Le trousseau du bureau est injoignable&#xa0;: %1</translation>
    </message>
    <message>
        <source>The desktop keyring refused: %1</source>
        <translation>Le trousseau du bureau a refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no password file “%1”.</source>
        <translation>Il n’y a pas de fichier de mot de passe «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The password file “%1” can be read or changed by other users; make it private first (chmod 600 %1).</source>
        <translation>Le fichier de mot de passe «&#xa0;%1&#xa0;» peut être lu ou modifié par d’autres utilisateurs&#xa0;; rendez-le privé d’abord (chmod 600 %1).</translation>
    </message>
    <message>
        <source>The password file “%1” cannot be read: %2</source>
        <translation>Le fichier de mot de passe «&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The password file “%1” is too long to hold a password.</source>
        <translation>Le fichier de mot de passe «&#xa0;%1&#xa0;» est trop long pour contenir un mot de passe.</translation>
    </message>
    <message>
        <source>The password file “%1” is empty.</source>
        <translation>Le fichier de mot de passe «&#xa0;%1&#xa0;» est vide.</translation>
    </message>
</context>
<context>
    <name>Relais::PeopleRepository</name>
    <message>
        <source>A database file has one person, its administrator; people and roles are those of a newsroom.</source>
        <translation>Un fichier de base de données a une seule personne, son administrateur&#xa0;; les personnes et les rôles sont ceux d’une rédaction.</translation>
    </message>
    <message>
        <source>The newsroom %1 has no people yet: open it with this Relais once to bring it up to date.</source>
        <translation>La rédaction %1 n’a pas encore de personnes&#xa0;: ouvrez-la une fois avec ce Relais pour la mettre à jour.</translation>
    </message>
    <message>
        <source>A role is contributor, moderator, editor or administrator, not “%1”.</source>
        <translation>Un rôle est contributor, moderator, editor ou administrator, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The password of “%1” is too short: 8 characters at least.</source>
        <translation>Le mot de passe de «&#xa0;%1&#xa0;» est trop court&#xa0;: 8 caractères au moins.</translation>
    </message>
</context>
<context>
    <name>Relais::PlanningBoard</name>
    <message>
        <source>Published this week (%1)</source>
        <translation>Publiés cette semaine (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Relais::PreviewPane</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>The page as a computer&apos;s browser shows it (%1 pixels wide), scaled to the pane</source>
        <translation>La page telle qu’un navigateur d’ordinateur l’affiche (%1 pixels de large), réduite au volet</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>The page as a phone shows it (%1 pixels wide)</source>
        <translation>La page telle qu’un téléphone l’affiche (%1 pixels de large)</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Dans le navigateur</translation>
    </message>
    <message>
        <source>Open this page in the system&apos;s web browser</source>
        <translation>Ouvrir cette page dans le navigateur du système</translation>
    </message>
    <message>
        <source>Open an article or an agenda entry to see its page.</source>
        <translation>Ouvrez un article ou un événement pour voir sa page.</translation>
    </message>
</context>
<context>
    <name>Relais::PublicationFields</name>
    <message>
        <source>Publication:</source>
        <translation>Publication&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Relais::PublishCommands</name>
    <message>
        <source>A file holding the password, readable by its owner only.</source>
        <translation>Un fichier contenant le mot de passe, lisible par son seul propriétaire.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>The target (default: every target).</source>
        <translation>La destination (par défaut&#xa0;: toutes).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Add a publishing target: a WebDAV folder, or a WordPress site with an application password. The password goes to the desktop keyring.</source>
        <translation>Ajouter une destination de publication&#xa0;: un dossier WebDAV, ou un site WordPress avec un mot de passe d’application. Le mot de passe va dans le trousseau du bureau.</translation>
    </message>
    <message>
        <source>The kind of target.</source>
        <translation>Le genre de destination.</translation>
    </message>
    <message>
        <source>The target&apos;s name.</source>
        <translation>Le nom de la destination.</translation>
    </message>
    <message>
        <source>The folder&apos;s or the site&apos;s address (http or https).</source>
        <translation>L’adresse du dossier ou du site (http ou https).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The user name on the server.</source>
        <translation>Le nom d’utilisateur sur le serveur.</translation>
    </message>
    <message>
        <source>The publishing targets and when each was published.</source>
        <translation>Les destinations de publication et la date de leur dernière publication.</translation>
    </message>
    <message>
        <source>Remove a publishing target.</source>
        <translation>Retirer une destination de publication.</translation>
    </message>
    <message>
        <source>Connect to a target and say what works: the address, the password, the rights.</source>
        <translation>Se connecter à une destination et dire ce qui fonctionne&#xa0;: l’adresse, le mot de passe, les droits.</translation>
    </message>
    <message>
        <source>Publish the site; exit code 0 only when the server holds the render.</source>
        <translation>Publier le site&#xa0;; code de sortie 0 seulement quand le serveur a le rendu.</translation>
    </message>
    <message>
        <source>Only when items became due since the last publish (for a timer).</source>
        <translation>Seulement quand des éléments sont devenus dus depuis la dernière publication (pour un minuteur).</translation>
    </message>
    <message>
        <source>Print the plan, send nothing.</source>
        <translation>Afficher le plan, ne rien envoyer.</translation>
    </message>
    <message>
        <source>Overwrite the site even when somebody else changed it on the server.</source>
        <translation>Écraser le site même si quelqu’un d’autre l’a modifié sur le serveur.</translation>
    </message>
    <message>
        <source>Publish the site as it is at this time (ISO 8601).</source>
        <translation>Publier le site tel qu’il est à ce moment (ISO 8601).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>moment</translation>
    </message>
    <message>
        <source>never published</source>
        <translation>jamais publié</translation>
    </message>
    <message>
        <source>Target “%1” removed (its password stays in the keyring until you remove it there).</source>
        <translation>Destination «&#xa0;%1&#xa0;» supprimée (son mot de passe reste dans le trousseau tant que vous ne l’y supprimez pas).</translation>
    </message>
    <message>
        <source>A target is webdav or wordpress, not “%1”.</source>
        <translation>Une destination est webdav ou wordpress, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Target “%1” added: %2</source>
        <translation>Destination «&#xa0;%1&#xa0;» ajoutée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The password is in the desktop keyring.</source>
        <translation>Le mot de passe est dans le trousseau du bureau.</translation>
    </message>
    <message>
        <source>The password was not stored: %1
Give --password-file to each publish instead.</source>
        <translation>Le mot de passe n’a pas été enregistré&#xa0;: %1
Donnez --password-file à chaque publication.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time (expected e.g. 2026-12-01T08:00:00Z).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date et heure (attendu par ex. 2026-12-01T08:00:00Z).</translation>
    </message>
    <message>
        <source>There is no publishing target; add one with: target add webdav NAME --url URL --user USER.</source>
        <translation>Aucune destination de publication&#xa0;; ajoutez-en une avec&#xa0;: target add webdav NOM --url URL --user UTILISATEUR.</translation>
    </message>
    <message>
        <source>%1: nothing became due since the last publish (%2).</source>
        <translation>%1&#xa0;: rien n’est arrivé à échéance depuis la dernière publication (%2).</translation>
    </message>
    <message>
        <source>%1 uploaded, %2 deleted, %3 failed, %4</source>
        <translation>%1 envoyés, %2 supprimés, %3 en échec, %4</translation>
    </message>
    <message>
        <source>The publish runs, newest first (an item&apos;s revisions: history ITEM).</source>
        <translation>Les publications, les plus récentes d’abord (les révisions d’un élément&#xa0;: history ITEM).</translation>
    </message>
</context>
<context>
    <name>Relais::PublishDialog</name>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>&amp;Overwrite and Publish</source>
        <translation>É&amp;craser et publier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Publish the Site</source>
        <translation>Publier le site</translation>
    </message>
    <message>
        <source>Problems and details appear here.</source>
        <translation>Les problèmes et les détails s’affichent ici.</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Destination&#xa0;:</translation>
    </message>
    <message>
        <source>There is no publishing target yet. Add one in Settings → Publishing Targets.</source>
        <translation>Il n’y a pas encore de destination de publication. Ajoutez-en une dans Réglages → Destinations de publication.</translation>
    </message>
    <message>
        <source>Waiting for the password of %1…</source>
        <translation>En attente du mot de passe de %1…</translation>
    </message>
    <message>
        <source>Not published: no password for %1.</source>
        <translation>Non publié&#xa0;: pas de mot de passe pour %1.</translation>
    </message>
    <message>
        <source>The publish of %1 did not finish; the %2 steps that arrived are not sent again.</source>
        <translation>La publication du %1 n’a pas abouti&#xa0;; les %2 étapes arrivées ne sont pas renvoyées.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) rendered (%1).</source>
        <translation>
            <numerusform>%n page produite (%1).</numerusform>
            <numerusform>%n pages produites (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Careful: the site on the server is not the one this database published last. Overwrite it, or cancel and find out who changed it.</source>
        <translation>Attention&#xa0;: le site sur le serveur n’est pas celui que cette base a publié en dernier. Écrasez-le, ou annulez et cherchez qui l’a modifié.</translation>
    </message>
    <message>
        <source>%1 of %2 steps</source>
        <translation>%1 étapes sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation>%1 envoyés sur %2</translation>
    </message>
    <message>
        <source>Nothing to publish: the server already holds this site.</source>
        <translation>Rien à publier&#xa0;: le serveur a déjà ce site.</translation>
    </message>
    <message>
        <source>Published: %1 uploaded, %2 deleted, in %3 s.</source>
        <translation>Publié&#xa0;: %1 envoyés, %2 supprimés, en %3&#xa0;s.</translation>
    </message>
    <message>
        <source>Cancelled: %1 uploaded, %2 deleted. The next publish goes on from there.</source>
        <translation>Annulé&#xa0;: %1 envoyés, %2 supprimés. La prochaine publication reprendra à partir de là.</translation>
    </message>
    <message>
        <source>Not finished: %1 uploaded, %2 deleted, %3 failed. The next publish goes on from there.</source>
        <translation>Inachevé&#xa0;: %1 envoyés, %2 supprimés, %3 en échec. La prochaine publication reprendra à partir de là.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>A publish to %1 is under way (scheduled items); try again when it ends.</source>
        <translation>Une publication vers %1 est en cours (éléments programmés)&#xa0;; réessayez quand elle sera finie.</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Régler…</translation>
    </message>
    <message>
        <source>Items changed both here and on the server, or deleted there, wait for your decision.</source>
        <translation>Des éléments modifiés ici et sur le serveur, ou supprimés là-bas, attendent votre décision.</translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1 éléments sur %2</translation>
    </message>
    <message>
        <source>Posts: %1 to create, %2 to update, %3 to restore, %4 to move to the trash, %5 unchanged.</source>
        <translation>Articles&#xa0;: %1 à créer, %2 à mettre à jour, %3 à restaurer, %4 à mettre à la corbeille, %5 inchangés.</translation>
    </message>
    <message>
        <source>%1 scheduled posts were missed by WordPress and will be published now.</source>
        <translation>%1 articles programmés ont été manqués par WordPress et seront publiés maintenant.</translation>
    </message>
    <message>
        <source>%1 pictures to send.</source>
        <translation>%1 images à envoyer.</translation>
    </message>
    <message>
        <source>This user may not publish on the site: the posts are submitted for review.</source>
        <translation>Cet utilisateur ne peut pas publier sur le site&#xa0;: les articles sont soumis à relecture.</translation>
    </message>
    <message>
        <source>Submit for &amp;Review</source>
        <translation>Soumettre à &amp;relecture</translation>
    </message>
    <message>
        <source>Nothing to send: the site already has these posts.</source>
        <translation>Rien à envoyer&#xa0;: le site a déjà ces articles.</translation>
    </message>
    <message>
        <source>Published: %1 posts created, %2 updated, %3 restored, %4 moved to the trash, in %5 s.</source>
        <translation>Publié&#xa0;: %1 articles créés, %2 mis à jour, %3 restaurés, %4 mis à la corbeille, en %5&#xa0;s.</translation>
    </message>
    <message>
        <source>Cancelled: %1 posts sent. The next publish goes on from there.</source>
        <translation>Annulé&#xa0;: %1 articles envoyés. La prochaine publication reprend à partir de là.</translation>
    </message>
    <message>
        <source>Not finished: %1 posts sent, %2 failed. The next publish goes on from there.</source>
        <translation>Pas terminé&#xa0;: %1 articles envoyés, %2 en échec. La prochaine publication reprend à partir de là.</translation>
    </message>
    <message>
        <source>%1 posts WordPress had not published on time were published.</source>
        <translation>%1 articles que WordPress n’avait pas publiés à l’heure ont été publiés.</translation>
    </message>
    <message>
        <source>Changed both here and on the server, not sent until you decide (Resolve…): %1.</source>
        <translation>Modifiés ici et sur le serveur, pas envoyés avant votre décision (Régler…)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Deleted on the server, not made again until you decide (Resolve…): %1.</source>
        <translation>Supprimés sur le serveur, pas refaits avant votre décision (Régler…)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Waiting for your decision (changed on both sides, or deleted on the server): %1.</source>
        <translation>En attente de votre décision (modifiés des deux côtés, ou supprimés sur le serveur)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Plan again and go on from where the last run stopped.</source>
        <translation>Refaire le plan et reprendre là où la dernière publication s’est arrêtée.</translation>
    </message>
</context>
<context>
    <name>Relais::PublishHistoryDialog</name>
    <message>
        <source>Publish History</source>
        <translation>Historique des publications</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
</context>
<context>
    <name>Relais::PublishPlan</name>
    <message>
        <source>Nothing to publish: the server already holds this site.</source>
        <translation>Rien à publier&#xa0;: le serveur a déjà ce site.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to upload</source>
        <translation>
            <numerusform>%n fichier à envoyer</numerusform>
            <numerusform>%n fichiers à envoyer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to delete</source>
        <translation>
            <numerusform>%n à supprimer</numerusform>
            <numerusform>%n à supprimer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Relais::PublishRepository</name>
    <message>
        <source>A target needs a name.</source>
        <translation>Une destination doit avoir un nom.</translation>
    </message>
    <message>
        <source>The name is longer than 80 characters.</source>
        <translation>Le nom dépasse 80 caractères.</translation>
    </message>
    <message>
        <source>The name contains a control character.</source>
        <translation>Le nom contient un caractère de contrôle.</translation>
    </message>
    <message>
        <source>There is no publishing target named “%1”.</source>
        <translation>Il n’y a pas de destination nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The publishing target no longer exists.</source>
        <translation>La destination de publication n’existe plus.</translation>
    </message>
    <message>
        <source>A target named “%1” exists already.</source>
        <translation>Une destination nommée «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>Interrupted; resumed by a later run.</source>
        <translation>Interrompue&#xa0;; reprise par une publication suivante.</translation>
    </message>
    <message>
        <source>The publish plan could not be stored.</source>
        <translation>Le plan de publication n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>The render cache could not be stored.</source>
        <translation>Le cache du rendu n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of target (webdav or wordpress).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un genre de destination (webdav ou wordpress).</translation>
    </message>
</context>
<context>
    <name>Relais::PublishScheduler</name>
    <message>
        <source>Scheduled items are due on %1; publish them with File → Publish (no password at hand).</source>
        <translation>Des éléments programmés sont à publier sur %1&#xa0;; publiez-les par Fichier → Publier (pas de mot de passe disponible).</translation>
    </message>
    <message>
        <source>Scheduled publish to %1 stopped: the site on the server changed. Use File → Publish.</source>
        <translation>Publication programmée vers %1 arrêtée&#xa0;: le site sur le serveur a changé. Utilisez Fichier → Publier.</translation>
    </message>
    <message>
        <source>Scheduled items published to %1 (%2 files).</source>
        <translation>Éléments programmés publiés sur %1 (%2 fichiers).</translation>
    </message>
    <message>
        <source>Scheduled publish to %1 failed: %2</source>
        <translation>La publication programmée vers %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Scheduled items published to %1 (%2 posts).</source>
        <translation>Éléments programmés publiés sur %1 (%2 articles).</translation>
    </message>
</context>
<context>
    <name>Relais::PublishTargetsDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Publishing Targets</source>
        <translation>Destinations de publication</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portail</translation>
    </message>
    <message>
        <source>Trusted certificate (SHA-256): %1</source>
        <translation>Certificat de confiance (SHA-256)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Saved; the password is in the desktop keyring.</source>
        <translation>Enregistré&#xa0;; le mot de passe est dans le trousseau du bureau.</translation>
    </message>
    <message>
        <source>Saved. %1 The password is kept until Relais quits.</source>
        <translation>Enregistré. %1 Le mot de passe est gardé jusqu’à la fermeture de Relais.</translation>
    </message>
    <message>
        <source>Remove Target</source>
        <translation>Supprimer la destination</translation>
    </message>
    <message>
        <source>Remove the target “%1”? The site on the server stays as it is.</source>
        <translation>Supprimer la destination «&#xa0;%1&#xa0;»&#xa0;? Le site sur le serveur reste tel quel.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Test de %1…</translation>
    </message>
    <message>
        <source>Trust this one certificate (then save and test again)</source>
        <translation>Faire confiance à ce seul certificat (puis enregistrer et tester à nouveau)</translation>
    </message>
    <message>
        <source>Web server folder (WebDAV): the static site</source>
        <translation>Dossier d’un serveur web (WebDAV)&#xa0;: le site statique</translation>
    </message>
    <message>
        <source>WordPress site: posts through its REST API</source>
        <translation>Site WordPress&#xa0;: des articles par son API REST</translation>
    </message>
    <message>
        <source>An application password (WordPress → Users → Profile → Application Passwords), not the login password.</source>
        <translation>Un mot de passe d’application (WordPress → Comptes → Profil → Mots de passe d’application), pas le mot de passe de connexion.</translation>
    </message>
    <message>
        <source>&amp;Add Target</source>
        <translation>&amp;Ajouter une destination</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Relais::Publisher</name>
    <message>
        <source>Reading what %1 holds…</source>
        <translation>Lecture de ce que contient %1…</translation>
    </message>
    <message>
        <source>The manifest on the server cannot be read: %1</source>
        <translation>Le manifeste du serveur est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Somebody else published to this place: its manifest was not written from this database.</source>
        <translation>Quelqu’un d’autre a publié à cet endroit&#xa0;: son manifeste n’a pas été écrit depuis cette base.</translation>
    </message>
    <message>
        <source>The site on the server changed since this database last published it.</source>
        <translation>Le site sur le serveur a changé depuis la dernière publication depuis cette base.</translation>
    </message>
    <message>
        <source>The manifest this database wrote to the server is gone: the site there was removed or replaced.</source>
        <translation>Le manifeste écrit par cette base sur le serveur a disparu&#xa0;: le site y a été supprimé ou remplacé.</translation>
    </message>
    <message>
        <source>Rendering the site…</source>
        <translation>Production du site…</translation>
    </message>
    <message>
        <source>No temporary folder for the rendered site: %1</source>
        <translation>Pas de dossier temporaire pour le site produit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The renderer made a path that cannot be published: “%1”.</source>
        <translation>Le rendu a produit un chemin impubliable&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot make the folder “%1”.</source>
        <translation>Impossible de créer le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The site on the server changed since this database published it; not overwritten.</source>
        <translation>Le site sur le serveur a changé depuis la publication depuis cette base&#xa0;; non écrasé.</translation>
    </message>
    <message>
        <source>Publishing to %1…</source>
        <translation>Publication vers %1…</translation>
    </message>
    <message>
        <source>The publish could not be recorded in the database: %1</source>
        <translation>La publication n’a pas pu être notée dans la base&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 %2 of %3 steps were done; the next publish goes on from there.</source>
        <translation>%1 %2 étapes sur %3 ont été faites&#xa0;; la prochaine publication reprendra à partir de là.</translation>
    </message>
    <message>
        <source>Somebody else is publishing to %1 right now (from another desktop or relais-cli); nothing was sent. Publish again when they are done.</source>
        <translation>Quelqu’un d’autre publie vers %1 en ce moment (depuis un autre poste ou relais-cli)&#xa0;; rien n’a été envoyé. Publiez à nouveau quand ce sera fini.</translation>
    </message>
</context>
<context>
    <name>Relais::RecoveryJournal</name>
    <message>
        <source>Cannot make the folder “%1” for the recovery journal.</source>
        <translation>Impossible de créer le dossier «&#xa0;%1&#xa0;» du journal de récupération.</translation>
    </message>
    <message>
        <source>The recovery journal “%1” is held by another program.</source>
        <translation>Le journal de récupération «&#xa0;%1&#xa0;» est tenu par un autre programme.</translation>
    </message>
    <message>
        <source>The recovery journal “%1” cannot be written: %2</source>
        <translation>Le journal de récupération «&#xa0;%1&#xa0;» ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>The recovery journal “%1” cannot be removed.</source>
        <translation>Le journal de récupération «&#xa0;%1&#xa0;» ne peut pas être supprimé.</translation>
    </message>
</context>
<context>
    <name>Relais::RejectDialog</name>
    <message numerus="yes">
        <source>Reject %n Submission(s)</source>
        <translation>
            <numerusform>Refuser %n annonce</numerusform>
            <numerusform>Refuser %n annonces</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose or write a reason</source>
        <translation>Choisissez ou écrivez un motif</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>More details, kept with the decision (optional)</source>
        <translation>Plus de détails, gardés avec la décision (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Détails&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Write to the submitter afterwards (opens your mail program)</source>
        <translation>É&amp;crire à l’auteur ensuite (ouvre votre logiciel de courrier)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
</context>
<context>
    <name>Relais::RemotePath</name>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse web.</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation>L’adresse doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <source>The address has no server name.</source>
        <translation>L’adresse n’a pas de nom de serveur.</translation>
    </message>
    <message>
        <source>Put the user name in its own field, not in the address.</source>
        <translation>Mettez le nom d’utilisateur dans son propre champ, pas dans l’adresse.</translation>
    </message>
    <message>
        <source>The address must not have a query (?…) or a fragment (#…).</source>
        <translation>L’adresse ne doit avoir ni requête (?…) ni fragment (#…).</translation>
    </message>
    <message>
        <source>“%1” is not a path Relais sends to a server.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un chemin que Relais envoie à un serveur.</translation>
    </message>
    <message>
        <source>“%1” would leave the site&apos;s folder on the server.</source>
        <translation>«&#xa0;%1&#xa0;» sortirait du dossier du site sur le serveur.</translation>
    </message>
</context>
<context>
    <name>Relais::SeedImporter</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a seed file: it must hold one object with contacts, articles, testimonials and agenda.</source>
        <translation>%1 n’est pas un fichier seed&#xa0;: il doit contenir un objet avec contacts, articles, testimonials et agenda.</translation>
    </message>
    <message>
        <source>%1: “%2” must be a list.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» doit être une liste.</translation>
    </message>
    <message>
        <source>%1: %2[%3] must be an object.</source>
        <translation>%1&#xa0;: %2[%3] doit être un objet.</translation>
    </message>
    <message>
        <source>no contact has the organisation “%1”.</source>
        <translation>aucun contact n’a la structure «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not a section of the site.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une rubrique du site.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: %n problem(s) found.</source>
        <translation>
            <numerusform>Rien n’a été importé de %1&#xa0;: %n problème trouvé.</numerusform>
            <numerusform>Rien n’a été importé de %1&#xa0;: %n problèmes trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… et %1 de plus.</translation>
    </message>
    <message>
        <source>%1, field “%2”: %3</source>
        <translation>%1, champ «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>est absent.</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>doit être du texte.</translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation>est vide.</translation>
    </message>
    <message>
        <source>must hold only text.</source>
        <translation>ne doit contenir que du texte.</translation>
    </message>
    <message>
        <source>must be text or a list of texts.</source>
        <translation>doit être un texte ou une liste de textes.</translation>
    </message>
    <message>
        <source>“%1” is not a date (expected YYYY-MM-DD).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date (attendu&#xa0;: AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>“%1” is not a time (expected HH:MM).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une heure (attendu&#xa0;: HH:MM).</translation>
    </message>
    <message>
        <source>must be a whole number of minutes.</source>
        <translation>doit être un nombre entier de minutes.</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>doit valoir true ou false.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was imported.</source>
        <translation>L’import de %1 a été annulé&#xa0;; rien n’a été importé.</translation>
    </message>
</context>
<context>
    <name>Relais::ServerAddress</name>
    <message>
        <source>“%1” is not a newsroom address: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse de rédaction&#xa0;: %2</translation>
    </message>
    <message>
        <source>write it as postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>écrivez-la postgresql://UTILISATEUR@HÔTE:PORT/BASE</translation>
    </message>
    <message>
        <source>it names no server</source>
        <translation>elle ne nomme aucun serveur</translation>
    </message>
    <message>
        <source>it names no database (…/DATABASE at the end)</source>
        <translation>elle ne nomme aucune base (…/BASE à la fin)</translation>
    </message>
    <message>
        <source>“%1” is not a connection setting Relais passes on (known: %2)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un réglage de connexion que Relais transmet (connus&#xa0;: %2)</translation>
    </message>
    <message>
        <source>the value of “%1” may not be empty nor hold spaces, quotes, semicolons or equals signs</source>
        <translation>la valeur de «&#xa0;%1&#xa0;» ne peut être vide ni contenir d’espaces, de guillemets, de points-virgules ou de signes égal</translation>
    </message>
    <message>
        <source>The window asks for it and keeps it in the desktop keyring; relais-cli reads it from libpq&apos;s password file (~/.pgpass, or the file PGPASSFILE names, readable by you only), one line HOST:PORT:DATABASE:USER:PASSWORD.</source>
        <translation>La fenêtre le demande et le garde dans le trousseau du bureau&#xa0;; relais-cli le lit dans le fichier de mots de passe de libpq (~/.pgpass, ou le fichier que nomme PGPASSFILE, lisible par vous seul), une ligne HÔTE:PORT:BASE:UTILISATEUR:MOT_DE_PASSE.</translation>
    </message>
</context>
<context>
    <name>Relais::ServerCertificate</name>
    <message>
        <source>This computer cannot read TLS certificates (no TLS library).</source>
        <translation>Cet ordinateur ne peut pas lire les certificats TLS (pas de bibliothèque TLS).</translation>
    </message>
    <message>
        <source>%1 does not answer (%2).</source>
        <translation>%1 ne répond pas (%2).</translation>
    </message>
    <message>
        <source>%1 did not answer the request for TLS.</source>
        <translation>%1 n’a pas répondu à la demande de TLS.</translation>
    </message>
    <message>
        <source>%1 does not offer TLS.</source>
        <translation>%1 ne propose pas TLS.</translation>
    </message>
    <message>
        <source>%1: no TLS connection could be made (%2).</source>
        <translation>%1&#xa0;: aucune connexion TLS n’a pu être établie (%2).</translation>
    </message>
    <message>
        <source>%1 presents no certificate.</source>
        <translation>%1 ne présente aucun certificat.</translation>
    </message>
</context>
<context>
    <name>Relais::SiteBuilder</name>
    <message>
        <source>The page “%1” could not be made: %2</source>
        <translation>La page «&#xa0;%1&#xa0;» n’a pas pu être produite&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Relais::SiteCommands</name>
    <message>
        <source>Print JSON: every field, times in ISO 8601 UTC.</source>
        <translation>Afficher du JSON&#xa0;: tous les champs, heures en ISO 8601 UTC.</translation>
    </message>
    <message>
        <source>List the items (not those in the trash), one per line.</source>
        <translation>Lister les éléments (pas ceux de la corbeille), un par ligne.</translation>
    </message>
    <message>
        <source>What to list.</source>
        <translation>Ce qu’il faut lister.</translation>
    </message>
    <message>
        <source>Check the database without changing it; exit code 1 when it has problems.</source>
        <translation>Vérifier la base sans la modifier&#xa0;; code de sortie 1 si elle a des problèmes.</translation>
    </message>
    <message>
        <source>Import a seed-site.json file in one transaction: all of it, or nothing when anything is wrong.</source>
        <translation>Importer un fichier seed-site.json en une transaction&#xa0;: tout, ou rien si quoi que ce soit ne va pas.</translation>
    </message>
    <message>
        <source>The seed-site.json file.</source>
        <translation>Le fichier seed-site.json.</translation>
    </message>
    <message>
        <source>Move the dates so that the agenda falls in the coming weeks.</source>
        <translation>Déplacer les dates pour que l’agenda tombe dans les semaines qui viennent.</translation>
    </message>
    <message>
        <source>Render the site as published at a time (default: now); only the pages whose content changed are made again.</source>
        <translation>Faire le rendu du site tel que publié à un moment (par défaut&#xa0;: maintenant)&#xa0;; seules les pages dont le contenu a changé sont refaites.</translation>
    </message>
    <message>
        <source>The folder of the site.</source>
        <translation>Le dossier du site.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>The time to render the site for (ISO 8601).</source>
        <translation>Le moment pour lequel faire le rendu du site (ISO 8601).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>moment</translation>
    </message>
    <message>
        <source>Make every page again, changed or not.</source>
        <translation>Refaire toutes les pages, changées ou non.</translation>
    </message>
    <message>
        <source>list takes one of: articles, agenda, contacts.</source>
        <translation>list prend l’un de&#xa0;: articles, agenda, contacts.</translation>
    </message>
    <message>
        <source>%1: %2 problem(s) found:</source>
        <translation>%1&#xa0;: %2 problème(s) trouvé(s)&#xa0;:</translation>
    </message>
    <message>
        <source>The file is damaged; it was left as it is. Restore it from a backup made while no Relais program had it open.</source>
        <translation>Le fichier est endommagé&#xa0;; il a été laissé tel quel. Restaurez-le depuis une sauvegarde faite alors qu’aucun programme Relais ne l’avait ouvert.</translation>
    </message>
    <message>
        <source>%1: no problem found (database version %2).</source>
        <translation>%1&#xa0;: aucun problème trouvé (version de la base %2).</translation>
    </message>
    <message>
        <source>Imported %1 articles, %2 testimonials, %3 agenda entries and %4 contacts.</source>
        <translation>%1 articles, %2 témoignages, %3 événements et %4 contacts importés.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time (expected e.g. 2026-12-01T08:00:00Z).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date et heure (attendu par ex. 2026-12-01T08:00:00Z).</translation>
    </message>
    <message>
        <source>Rendered %1 files (%2 articles, %3 agenda entries, %4 kB) into %5; %6 old files removed, %7 unchanged since the last render (not made again; --full makes every page).</source>
        <translation>%1 fichiers produits (%2 articles, %3 événements, %4 ko) dans %5&#xa0;; %6 anciens fichiers supprimés, %7 inchangés depuis le dernier rendu (pas refaits&#xa0;; --full refait toutes les pages).</translation>
    </message>
    <message>
        <source>Only the items whose words start with these (accents and case ignored), as the window&apos;s search finds them.</source>
        <translation>Seulement les éléments dont des mots commencent par ceux-ci (sans tenir compte des accents ni de la casse), comme la recherche de la fenêtre.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>--search needs a word of two letters or more.</source>
        <translation>--search demande un mot de deux lettres ou plus.</translation>
    </message>
    <message>
        <source>  %1 % read</source>
        <translation>  %1&#xa0;% lu</translation>
    </message>
</context>
<context>
    <name>Relais::SiteFolder</name>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Impossible de créer le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The folder “%1” is not empty and was not made by Relais; choose an empty folder for the site.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’est pas vide et n’a pas été créé par Relais&#xa0;; choisissez un dossier vide pour le site.</translation>
    </message>
    <message>
        <source>Cannot write in the folder “%1”: %2</source>
        <translation>Impossible d’écrire dans le dossier «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Refused to write “%1”: it is not a path inside the site.</source>
        <translation>Écriture de «&#xa0;%1&#xa0;» refusée&#xa0;: ce n’est pas un chemin dans le site.</translation>
    </message>
    <message>
        <source>Cannot create the folder of “%1”.</source>
        <translation>Impossible de créer le dossier de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot remove the old file “%1”.</source>
        <translation>Impossible de supprimer l’ancien fichier «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Relais::SiteSettingsDialog</name>
    <message>
        <source>Site Settings</source>
        <translation>Paramètres du site</translation>
    </message>
    <message>
        <source>Site &amp;name:</source>
        <translation>&amp;Nom du site&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Where the site is published, e.g. https://www.example.org/ (used in the feed and the sitemap).</source>
        <translation>Là où le site est publié, par ex. https://www.exemple.org/ (utilisé dans le flux et le plan du site).</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Europe/Paris</source>
        <translation>par ex. Europe/Paris</translation>
    </message>
    <message>
        <source>&amp;Main colour:</source>
        <translation>Couleur &amp;principale&#xa0;:</translation>
    </message>
    <message>
        <source>#rrggbb; white text must be readable on it (badges, menu).</source>
        <translation>#rrvvbb&#xa0;; un texte blanc doit y être lisible (pastilles, menu).</translation>
    </message>
    <message>
        <source>A&amp;ccent colour:</source>
        <translation>Couleur d’a&amp;ccent&#xa0;:</translation>
    </message>
    <message>
        <source>#rrggbb; white text must be readable on it (call to action).</source>
        <translation>#rrvvbb&#xa0;; un texte blanc doit y être lisible (appel à l’action).</translation>
    </message>
    <message>
        <source>Call to &amp;action:</source>
        <translation>&amp;Appel à l’action&#xa0;:</translation>
    </message>
    <message>
        <source>Call to action &amp;link:</source>
        <translation>&amp;Lien de l’appel&#xa0;:</translation>
    </message>
    <message>
        <source>Ne&amp;wsletter text:</source>
        <translation>Texte de la &amp;lettre d’information&#xa0;:</translation>
    </message>
    <message>
        <source>Newsletter l&amp;ink:</source>
        <translation>L&amp;ien de la lettre d’information&#xa0;:</translation>
    </message>
    <message>
        <source>French typography (no-break spaces before ; : ! ? and in « »)</source>
        <translation>Typographie française (espaces insécables avant ; : ! ? et dans « »)</translation>
    </message>
    <message>
        <source>Submissions from the public</source>
        <translation>Annonces envoyées par le public</translation>
    </message>
    <message>
        <source>&amp;Form receiver:</source>
        <translation>Récepteur du &amp;formulaire&#xa0;:</translation>
    </message>
    <message>
        <source>Address of resources/server/receiver.php on your web server; the site then gets an “Annoncez vos infos” form page and the call to action leads to it. Empty: no form.</source>
        <translation>Adresse de resources/server/receiver.php sur votre serveur web&#xa0;; le site a alors une page de formulaire «&#xa0;Annoncez vos infos&#xa0;» et l’appel à l’action y mène. Vide&#xa0;: pas de formulaire.</translation>
    </message>
    <message>
        <source>&amp;Inbox folder:</source>
        <translation>Dossier de &amp;réception&#xa0;:</translation>
    </message>
    <message>
        <source>The folder of each WebDAV target where the receiver leaves submissions, e.g. inbox/</source>
        <translation>Le dossier de chaque destination WebDAV où le récepteur dépose les annonces, par ex. inbox/</translation>
    </message>
    <message>
        <source>Delete inbox files after a decision (else they move to done/ in the inbox)</source>
        <translation>Supprimer les fichiers reçus après décision (sinon ils vont dans done/ de la boîte de réception)</translation>
    </message>
    <message>
        <source>&amp;Blocked words:</source>
        <translation>&amp;Mots bloqués&#xa0;:</translation>
    </message>
    <message>
        <source>One word or phrase a line: a submission containing one is marked as probable spam.</source>
        <translation>Un mot ou une expression par ligne&#xa0;: une annonce qui en contient un est marquée comme probablement indésirable.</translation>
    </message>
    <message>
        <source>&amp;Rejection reasons:</source>
        <translation>Motifs de &amp;refus&#xa0;:</translation>
    </message>
    <message>
        <source>One reason a line, offered when a submission is rejected.</source>
        <translation>Un motif par ligne, proposés au refus d’une annonce.</translation>
    </message>
    <message>
        <source>&amp;Publication time:</source>
        <translation>&amp;Heure de publication&#xa0;:</translation>
    </message>
    <message>
        <source>The time of day (HH:MM) a draft dropped on a day of the calendar is planned for.</source>
        <translation>L’heure (HH:MM) à laquelle est prévu un brouillon déposé sur un jour du calendrier.</translation>
    </message>
</context>
<context>
    <name>Relais::SiteSettingsRepository</name>
    <message>
        <source>The site needs a name.</source>
        <translation>Le site a besoin d’un nom.</translation>
    </message>
    <message>
        <source>“%1” is not the address of a site (expected https://example.org/ with the final /).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas l’adresse d’un site (attendu&#xa0;: https://exemple.org/ avec la barre finale).</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fuseau horaire connu.</translation>
    </message>
    <message>
        <source>“%1” is not a colour (expected #rrggbb).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une couleur (attendu&#xa0;: #rrvvbb).</translation>
    </message>
    <message>
        <source>White text on %1 is too hard to read (contrast %2:1, at least 4.5:1 needed).</source>
        <translation>Un texte blanc sur %1 est trop difficile à lire (contraste %2:1, il faut au moins 4,5:1).</translation>
    </message>
    <message>
        <source>“%1” is not a web or mailto: address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse web ou mailto:.</translation>
    </message>
    <message>
        <source>“%1” is not the web address of a form receiver.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas l’adresse web d’un récepteur de formulaire.</translation>
    </message>
    <message>
        <source>“%1” is not a folder of the target (expected a name such as inbox/).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un dossier de la destination (attendu&#xa0;: un nom comme inbox/).</translation>
    </message>
    <message>
        <source>“%1” is not a time of day (expected HH:MM, such as 08:00).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une heure (attendu HH:MM, par exemple 08:00).</translation>
    </message>
</context>
<context>
    <name>Relais::SpellChecker</name>
    <message>
        <source>The %1 dictionary is not installed (%2).</source>
        <translation>Le dictionnaire %1 n’est pas installé (%2).</translation>
    </message>
    <message>
        <source>Cannot add “%1” to %2: %3</source>
        <translation>Impossible d’ajouter «&#xa0;%1&#xa0;» à %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Relais::Store</name>
    <message>
        <source>“%1” was changed elsewhere since you opened it (revision %2, yours is %3).</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié ailleurs depuis que vous l’avez ouvert (révision %2, la vôtre est la %3).</translation>
    </message>
    <message>
        <source>There is no item with the id %1.</source>
        <translation>Il n’y a pas d’élément ayant l’identifiant %1.</translation>
    </message>
</context>
<context>
    <name>Relais::Submission</name>
    <message>
        <source>New</source>
        <translation>Nouvelles</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvées</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusées</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>a approuvé</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>a refusé</translation>
    </message>
    <message>
        <source>marked as a duplicate</source>
        <translation>a marqué comme doublon</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>a rouvert</translation>
    </message>
    <message>
        <source>purged the raw payload</source>
        <translation>a effacé le contenu brut</translation>
    </message>
</context>
<context>
    <name>Relais::SubmissionCsv</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind (event or news)</source>
        <translation>Genre (événement ou actualité)</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Toute la journée</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Lien en ligne</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Sender&apos;s name</source>
        <translation>Nom de l’auteur</translation>
    </message>
    <message>
        <source>Sender&apos;s e-mail</source>
        <translation>Courriel de l’auteur</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
</context>
<context>
    <name>Relais::SubmissionListModel</name>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Actualité</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>Relais::SubmissionParser</name>
    <message>
        <source>“%1” is too large (%2, at most %3).</source>
        <translation>«&#xa0;%1&#xa0;» est trop gros (%2, au plus %3).</translation>
    </message>
    <message>
        <source>“%1” holds no submission: a file of submissions is a JSON object or an array of them.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucune annonce&#xa0;: un fichier d’annonces est un objet JSON ou un tableau d’objets.</translation>
    </message>
    <message>
        <source>“%1” is not valid JSON: something follows the submission at byte %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas du JSON valide&#xa0;: quelque chose suit l’annonce à l’octet %2.</translation>
    </message>
    <message>
        <source>the file ends before the list of submissions is closed.</source>
        <translation>le fichier se termine avant la fin de la liste des annonces.</translation>
    </message>
    <message>
        <source>the file ends in the middle of this submission.</source>
        <translation>le fichier se termine au milieu de cette annonce.</translation>
    </message>
    <message>
        <source>is empty (two commas in a row?).</source>
        <translation>est vide (deux virgules de suite&#xa0;?).</translation>
    </message>
    <message>
        <source>is too large (%1, at most %2).</source>
        <translation>est trop grosse (%1, au plus %2).</translation>
    </message>
    <message>
        <source>is nested too deeply (%1 levels, at most %2).</source>
        <translation>est trop imbriquée (%1 niveaux, au plus %2).</translation>
    </message>
    <message>
        <source>is not valid UTF-8 text (byte %1 of the file).</source>
        <translation>n’est pas du texte UTF-8 valide (octet %1 du fichier).</translation>
    </message>
    <message>
        <source>is not valid JSON (%1 at byte %2 of the file).</source>
        <translation>n’est pas du JSON valide (%1 à l’octet %2 du fichier).</translation>
    </message>
    <message>
        <source>is not a JSON object.</source>
        <translation>n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>this id was already used by an earlier submission of the file.</source>
        <translation>cet id est déjà pris par une annonce précédente du fichier.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>vrai ou faux</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>should be text, not %1.</source>
        <translation>devrait être du texte, pas %1.</translation>
    </message>
    <message>
        <source>invisible characters removed (direction overrides, zero-width or control characters): %1.</source>
        <translation>caractères invisibles retirés (forçages de sens d’écriture, caractères de largeur nulle ou de contrôle)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>should be a date and time as text (2026-12-01T18:00:00+01:00), not %1.</source>
        <translation>devrait être une date et une heure en texte (2026-12-01T18:00:00+01:00), pas %1.</translation>
    </message>
    <message>
        <source>%1 is not a date and time (write 2026-12-01T18:00:00+01:00).</source>
        <translation>%1 n’est pas une date et une heure (écrivez 2026-12-01T18:00:00+01:00).</translation>
    </message>
    <message>
        <source>%1 is not a day of the calendar.</source>
        <translation>%1 n’est pas un jour du calendrier.</translation>
    </message>
    <message>
        <source>%1 is not a time of day.</source>
        <translation>%1 n’est pas une heure de la journée.</translation>
    </message>
    <message>
        <source>%1 has no such time zone offset.</source>
        <translation>%1 n’a pas un tel décalage horaire.</translation>
    </message>
    <message>
        <source>should be true or false, not %1. Taken as false.</source>
        <translation>devrait être vrai ou faux, pas %1. Pris pour faux.</translation>
    </message>
    <message>
        <source>should be a list, not %1. Left out.</source>
        <translation>devrait être une liste, pas %1. Laissé de côté.</translation>
    </message>
    <message>
        <source>should be text, not %1. Left out.</source>
        <translation>devrait être du texte, pas %1. Laissé de côté.</translation>
    </message>
    <message>
        <source>%1 is not an http or https address. Left out.</source>
        <translation>%1 n’est pas une adresse http ou https. Laissé de côté.</translation>
    </message>
    <message>
        <source>%1 is not a section of the site. Left out.</source>
        <translation>%1 n’est pas une rubrique du site. Laissé de côté.</translation>
    </message>
    <message>
        <source>%1 is not an http, https or mailto address. Left out.</source>
        <translation>%1 n’est pas une adresse http, https ou mailto. Laissé de côté.</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address. Left out.</source>
        <translation>%1 n’est pas une adresse électronique. Laissé de côté.</translation>
    </message>
    <message>
        <source>should be an object, not %1. Left out.</source>
        <translation>devrait être un objet, pas %1. Laissé de côté.</translation>
    </message>
    <message>
        <source>should be a size in bytes. Left out.</source>
        <translation>devrait être une taille en octets. Laissé de côté.</translation>
    </message>
    <message>
        <source>%1 is not an http or https address. Attachment left out.</source>
        <translation>%1 n’est pas une adresse http ou https. Pièce jointe laissée de côté.</translation>
    </message>
    <message>
        <source>Left out.</source>
        <translation>Laissé de côté.</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>est absent.</translation>
    </message>
    <message>
        <source>is too long (%1 characters, at most %2).</source>
        <translation>est trop long (%1 caractères, au plus %2).</translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation>est vide.</translation>
    </message>
    <message>
        <source>has too many items (%1, at most %2).</source>
        <translation>a trop d’éléments (%1, au plus %2).</translation>
    </message>
    <message>
        <source>%1 is neither “event” nor “news”.</source>
        <translation>%1 n’est ni «&#xa0;event&#xa0;» ni «&#xa0;news&#xa0;».</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>line %1 (id %2)</source>
        <translation>ligne %1 (id %2)</translation>
    </message>
    <message>
        <source>submission %1</source>
        <translation>annonce %1</translation>
    </message>
    <message>
        <source>submission %1 (id %2)</source>
        <translation>annonce %1 (id %2)</translation>
    </message>
    <message>
        <source>, field “%1”</source>
        <translation>, champ «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Not taken.</source>
        <translation>Non retenue.</translation>
    </message>
</context>
<context>
    <name>Relais::SubmissionQueue</name>
    <message>
        <source>New</source>
        <translation>Nouvelles</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvées</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusées</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Which submissions the queue shows</source>
        <translation>Les annonces que la liste montre</translation>
    </message>
    <message>
        <source>Where the submissions came from</source>
        <translation>D’où viennent les annonces</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes les provenances</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>%1 affichées</translation>
    </message>
</context>
<context>
    <name>Relais::SubmissionRepository</name>
    <message>
        <source>another submission with this id, and different content, is already stored; the stored one is kept.</source>
        <translation>une autre annonce avec cet id, et un contenu différent, est déjà enregistrée&#xa0;; celle-ci est gardée.</translation>
    </message>
    <message>
        <source>There is no submission number %1.</source>
        <translation>Il n’y a pas d’annonce numéro %1.</translation>
    </message>
    <message>
        <source>Two sources sent a submission with the id “%1”: give its number instead.</source>
        <translation>Deux provenances ont envoyé une annonce d’id «&#xa0;%1&#xa0;»&#xa0;: donnez plutôt son numéro.</translation>
    </message>
    <message>
        <source>There is no submission “%1”.</source>
        <translation>Il n’y a pas d’annonce «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>An approval names the item made from the submission.</source>
        <translation>Une approbation nomme l’élément fait d’après l’annonce.</translation>
    </message>
    <message>
        <source>Use purgeRaw() to purge a payload.</source>
        <translation>Utilisez purgeRaw() pour effacer un contenu brut.</translation>
    </message>
</context>
<context>
    <name>Relais::SubmissionView</name>
    <message>
        <source>Choose a submission in the queue.

J and K go to the next and previous one; A approves, R rejects, D marks a duplicate.</source>
        <translation>Choisissez une annonce dans la liste.

J et K passent à la suivante et à la précédente&#xa0;; A approuve, R refuse, D marque un doublon.</translation>
    </message>
    <message>
        <source>%1 · from %2 · %3</source>
        <translation>%1 · provenance %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>probably spam</source>
        <translation>probablement indésirable</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) selected: Reject and Duplicate apply to each of them.</source>
        <translation>
            <numerusform>%n annonce sélectionnée&#xa0;: Refuser et Doublon s’appliquent à elle.</numerusform>
            <numerusform>%n annonces sélectionnées&#xa0;: Refuser et Doublon s’appliquent à chacune.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Relais::TaskJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>Relais::TeamDialog</name>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Each person connects with a login of their own; the newsroom&apos;s server enforces what their role allows.</source>
        <translation>Chaque personne se connecte avec son propre identifiant&#xa0;; le serveur de la rédaction applique ce que son rôle permet.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>May connect</source>
        <translation>Peut se connecter</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Change Role…</source>
        <translation>Changer de rôle…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>A database file has one person, its administrator; people and roles are those of a newsroom.</source>
        <translation>Un fichier de base de données a une seule personne, son administrateur&#xa0;; les personnes et les rôles sont ceux d’une rédaction.</translation>
    </message>
    <message>
        <source>Managing people takes an administrator; you are %1.</source>
        <translation>Gérer les personnes demande un administrateur&#xa0;; vous êtes %1.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>A first password has 8 characters or more.</source>
        <translation>Un premier mot de passe a 8 caractères ou plus.</translation>
    </message>
    <message>
        <source>Add a Person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>lower-case letters, digits, _ . -</source>
        <translation>minuscules, chiffres, _ . -</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>First password:</source>
        <translation>Premier mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Encore&#xa0;:</translation>
    </message>
    <message>
        <source>The two passwords differ; nobody was added.</source>
        <translation>Les deux mots de passe diffèrent&#xa0;; personne n’a été ajouté.</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>Changer de rôle</translation>
    </message>
    <message>
        <source>The role of %1:</source>
        <translation>Le rôle de %1&#xa0;:</translation>
    </message>
    <message>
        <source>Keep %1 from connecting again? What they wrote stays.</source>
        <translation>Empêcher %1 de se connecter à nouveau&#xa0;? Ce qu’il a écrit reste.</translation>
    </message>
</context>
<context>
    <name>Relais::Theme</name>
    <message>
        <source>The site theme in “%1” has no templates.</source>
        <translation>Le thème du site dans «&#xa0;%1&#xa0;» n’a aucun gabarit.</translation>
    </message>
    <message>
        <source>Cannot read the template “%1”: %2</source>
        <translation>Impossible de lire le gabarit «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The template “%1” is not valid: %2</source>
        <translation>Le gabarit «&#xa0;%1&#xa0;» n’est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>The site theme lacks the template “%1”.</source>
        <translation>Il manque le gabarit «&#xa0;%1&#xa0;» au thème du site.</translation>
    </message>
    <message>
        <source>The template “%1” could not be rendered: %2</source>
        <translation>Le gabarit «&#xa0;%1&#xa0;» n’a pas pu être rendu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Relais::TrashCommand</name>
    <message numerus="yes">
        <source>Move %n item(s) to the trash</source>
        <translation>
            <numerusform>Mettre %n élément à la corbeille</numerusform>
            <numerusform>Mettre %n éléments à la corbeille</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n item(s)</source>
        <translation>
            <numerusform>Restaurer %n élément</numerusform>
            <numerusform>Restaurer %n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) moved to trash</source>
        <translation>
            <numerusform>%n élément mis à la corbeille</numerusform>
            <numerusform>%n éléments mis à la corbeille</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) restored</source>
        <translation>
            <numerusform>%n élément restauré</numerusform>
            <numerusform>%n éléments restaurés</numerusform>
        </translation>
    </message>
    <message>
        <source>Move “%1” to the trash</source>
        <translation>Mettre « %1 » à la corbeille</translation>
    </message>
    <message>
        <source>Restore “%1”</source>
        <translation>Restaurer « %1 »</translation>
    </message>
</context>
<context>
    <name>Relais::TrashController</name>
    <message>
        <source>Could not move to the trash: %1</source>
        <translation>Impossible de mettre à la corbeille&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not restore: %1</source>
        <translation>Impossible de restaurer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer %n élément définitivement&#xa0;? C’est irréversible.</numerusform>
            <numerusform>Supprimer %n éléments définitivement&#xa0;? C’est irréversible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) deleted for good</source>
        <translation>
            <numerusform>%n élément supprimé définitivement</numerusform>
            <numerusform>%n éléments supprimés définitivement</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete: %1</source>
        <translation>Impossible de supprimer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n item(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer définitivement l’élément de la corbeille&#xa0;? C’est irréversible.</numerusform>
            <numerusform>Supprimer définitivement les %n éléments de la corbeille&#xa0;? C’est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trash emptied</source>
        <translation>Corbeille vidée</translation>
    </message>
    <message>
        <source>Could not empty the trash: %1</source>
        <translation>Impossible de vider la corbeille&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Relais::UserCommands</name>
    <message>
        <source>The person&apos;s login on the newsroom&apos;s server.</source>
        <translation>L’identifiant de la personne sur le serveur de la rédaction.</translation>
    </message>
    <message>
        <source>Add a person to the newsroom, with a login of their own and a role. Only an administrator may.</source>
        <translation>Ajouter une personne à la rédaction, avec son propre identifiant et un rôle. Seul un administrateur le peut.</translation>
    </message>
    <message>
        <source>The role: %1.</source>
        <translation>Le rôle&#xa0;: %1.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>A file holding the person&apos;s first password, readable by its owner only.</source>
        <translation>Un fichier contenant le premier mot de passe de la personne, lisible par son seul propriétaire.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>The people of the newsroom, their roles, whether they may connect.</source>
        <translation>Les personnes de la rédaction, leurs rôles, si elles peuvent se connecter.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Écrire du JSON.</translation>
    </message>
    <message>
        <source>Give a person another role. Only an administrator may.</source>
        <translation>Donner un autre rôle à une personne. Seul un administrateur le peut.</translation>
    </message>
    <message>
        <source>Keep a person from connecting again (what they wrote stays). Only an administrator may; the last administrator stays.</source>
        <translation>Empêcher une personne de se reconnecter (ce qu’elle a écrit reste). Seul un administrateur le peut&#xa0;; le dernier administrateur reste.</translation>
    </message>
    <message>
        <source>%1 may now connect to %2 as %3.</source>
        <translation>%1 peut désormais se connecter à %2 en tant que %3.</translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation>(désactivé)</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 est désormais %2.</translation>
    </message>
    <message>
        <source>%1 may no longer connect.</source>
        <translation>%1 ne peut plus se connecter.</translation>
    </message>
</context>
<context>
    <name>Relais::VCard</name>
    <message>
        <source>%1 is not UTF-8; it was read as Latin-1 (Western European).</source>
        <translation>%1 n’est pas en UTF-8&#xa0;; il a été lu en Latin-1 (Europe occidentale).</translation>
    </message>
    <message>
        <source>%1 is not a vCard file (it holds binary data).</source>
        <translation>%1 n’est pas un fichier vCard (il contient des données binaires).</translation>
    </message>
    <message>
        <source>%1, line %2: not a vCard line (no “:”): %3</source>
        <translation>%1, ligne %2&#xa0;: ce n’est pas une ligne vCard (pas de «&#xa0;:&#xa0;»)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1, line %2: a card does not end before the next one begins.</source>
        <translation>%1, ligne %2&#xa0;: une fiche ne se termine pas avant le début de la suivante.</translation>
    </message>
    <message>
        <source>%1, line %2: text outside any card.</source>
        <translation>%1, ligne %2&#xa0;: du texte hors de toute fiche.</translation>
    </message>
    <message>
        <source>%1, line %2: the card has no name (FN, N or ORG).</source>
        <translation>%1, ligne %2&#xa0;: la fiche n’a pas de nom (FN, N ou ORG).</translation>
    </message>
    <message>
        <source>%1, line %2: the card does not end (END:VCARD is missing).</source>
        <translation>%1, ligne %2&#xa0;: la fiche ne se termine pas (END:VCARD manque).</translation>
    </message>
    <message>
        <source>%1: %2 photo(s) or logo(s) left out; Relais keeps no contact pictures.</source>
        <translation>%1&#xa0;: %2 photo(s) ou logo(s) laissé(s) de côté&#xa0;; Relais ne garde pas d’images de contacts.</translation>
    </message>
    <message>
        <source>The contact “%1” could not be imported: %2</source>
        <translation>Le contact «&#xa0;%1&#xa0;» n’a pas pu être importé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Relais::Validation</name>
    <message>
        <source>A title is required.</source>
        <translation>Un titre est obligatoire.</translation>
    </message>
    <message>
        <source>The address name “%1” may only hold lower-case letters a–z, digits and single hyphens.</source>
        <translation>Le nom d’adresse «&#xa0;%1&#xa0;» ne peut contenir que des minuscules a–z, des chiffres et des tirets simples.</translation>
    </message>
    <message>
        <source>“%1” is not a section of the site.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une rubrique du site.</translation>
    </message>
    <message>
        <source>A scheduled item needs a publication date and time.</source>
        <translation>Un élément programmé a besoin d’une date et d’une heure de publication.</translation>
    </message>
    <message>
        <source>A start date is required.</source>
        <translation>Une date de début est obligatoire.</translation>
    </message>
    <message>
        <source>The end comes before the start.</source>
        <translation>La fin est avant le début.</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fuseau horaire connu.</translation>
    </message>
    <message>
        <source>“%1” is not a web address (expected https://…).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse web (attendu&#xa0;: https://…).</translation>
    </message>
    <message>
        <source>A name or an organisation is required.</source>
        <translation>Un nom ou une structure est obligatoire.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address (expected name@example.org).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse de courriel (attendu&#xa0;: nom@exemple.org).</translation>
    </message>
    <message>
        <source>“%1” is not a phone number (expected 06 49 78 62 28 or +33 6 49 78 62 28).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un numéro de téléphone (attendu&#xa0;: 06 49 78 62 28 ou +33 6 49 78 62 28).</translation>
    </message>
    <message>
        <source>“%1” is not a language of the site (fr or en).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une langue du site (fr ou en).</translation>
    </message>
</context>
<context>
    <name>Relais::Vocabulary</name>
    <message>
        <source>Testimonial</source>
        <translation>Témoignage</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Actualité</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programmé</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Reporté</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>Relais::WaitingChangesDialog</name>
    <message>
        <source>Changes Waiting on This Computer</source>
        <translation>Modifications en attente sur cet ordinateur</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Gardé</translation>
    </message>
    <message>
        <source>Why it waits</source>
        <translation>Pourquoi il attend</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Show the change in its editor, where you choose what to keep.</source>
        <translation>Montrer la modification dans son éditeur, où vous choisissez ce que vous gardez.</translation>
    </message>
    <message>
        <source>&amp;Send Now</source>
        <translation>&amp;Envoyer maintenant</translation>
    </message>
    <message>
        <source>Send every waiting change to the newsroom again.</source>
        <translation>Envoyer de nouveau à la rédaction toutes les modifications en attente.</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Abandonner…</translation>
    </message>
    <message>
        <source>Drop the selected change; the newsroom&apos;s version stays.</source>
        <translation>Abandonner la modification choisie&#xa0;; la version de la rédaction reste.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Not sent yet: the newsroom did not answer.</source>
        <translation>Pas encore envoyée&#xa0;: la rédaction ne répondait pas.</translation>
    </message>
    <message>
        <source>Nothing waits: every change reached the newsroom.</source>
        <translation>Rien n’attend&#xa0;: toutes les modifications sont arrivées à la rédaction.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) typed while the newsroom did not answer wait on this computer. They are sent by themselves when it answers; those someone else changed meanwhile wait for your choice.</source>
        <translation>
            <numerusform>%n modification saisie pendant que la rédaction ne répondait pas attend sur cet ordinateur. Elle est envoyée d’elle-même quand la rédaction répond&#xa0;; si quelqu’un d’autre a modifié l’élément entre-temps, elle attend votre choix.</numerusform>
            <numerusform>%n modifications saisies pendant que la rédaction ne répondait pas attendent sur cet ordinateur. Elles sont envoyées d’elles-mêmes quand la rédaction répond&#xa0;; celles que quelqu’un d’autre a modifiées entre-temps attendent votre choix.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard Change</source>
        <translation>Abandonner la modification</translation>
    </message>
    <message>
        <source>Drop what you typed into “%1” while the newsroom did not answer? The newsroom&apos;s version stays as it is.</source>
        <translation>Abandonner ce que vous avez saisi dans «&#xa0;%1&#xa0;» pendant que la rédaction ne répondait pas&#xa0;? La version de la rédaction reste telle quelle.</translation>
    </message>
</context>
<context>
    <name>Relais::WebDavClient</name>
    <message>
        <source>The server refused the user name or password (401).</source>
        <translation>Le serveur a refusé le nom d’utilisateur ou le mot de passe (401).</translation>
    </message>
    <message>
        <source>%1: this user has no right to write there (403).</source>
        <translation>%1&#xa0;: cet utilisateur n’a pas le droit d’écrire là (403).</translation>
    </message>
    <message>
        <source>%1: there is no such folder on the server (%2).</source>
        <translation>%1&#xa0;: ce dossier n’existe pas sur le serveur (%2).</translation>
    </message>
    <message>
        <source>%1: the server does not accept %2; is WebDAV enabled there? (%3)</source>
        <translation>%1&#xa0;: le serveur n’accepte pas %2&#xa0;; WebDAV y est-il activé&#xa0;? (%3)</translation>
    </message>
    <message>
        <source>%1: the server sends elsewhere (%2 to %3); use that address.</source>
        <translation>%1&#xa0;: le serveur renvoie ailleurs (%2 vers %3)&#xa0;; utilisez cette adresse.</translation>
    </message>
    <message>
        <source>%1: the server failed (%2 %3).</source>
        <translation>%1&#xa0;: le serveur a échoué (%2 %3).</translation>
    </message>
    <message>
        <source>%1: the server answered %2 %3.</source>
        <translation>%1&#xa0;: le serveur a répondu %2 %3.</translation>
    </message>
    <message>
        <source>%1: the answer was cut off.</source>
        <translation>%1&#xa0;: la réponse a été coupée.</translation>
    </message>
</context>
<context>
    <name>Relais::WebDavRun</name>
    <message>
        <source>%1: the publish of %2 did not finish; %3 of its %4 steps had arrived and are not sent again.</source>
        <translation>%1&#xa0;: la publication du %2 n’a pas abouti&#xa0;; %3 de ses %4 étapes étaient arrivées et ne sont pas renvoyées.</translation>
    </message>
    <message>
        <source>%1: %2 files; %3 rendered (%4) in %5 ms, %6 known unchanged from the last publish.</source>
        <translation>%1&#xa0;: %2 fichiers&#xa0;; %3 produits (%4) en %5&#xa0;ms, %6 connus inchangés depuis la dernière publication.</translation>
    </message>
    <message>
        <source>plan: %1 to upload, %2 to delete, %3 folders to make, %4</source>
        <translation>plan&#xa0;: %1 à envoyer, %2 à supprimer, %3 dossiers à créer, %4</translation>
    </message>
    <message>
        <source>Not published: run again with --overwrite to replace what is on the server.</source>
        <translation>Non publié&#xa0;: relancez avec --overwrite pour remplacer ce qui est sur le serveur.</translation>
    </message>
    <message>
        <source>  %1 of %2 steps</source>
        <translation>  %1 étapes sur %2</translation>
    </message>
    <message>
        <source>%1: %2 in %3 s, %4 requests.</source>
        <translation>%1&#xa0;: %2 en %3&#xa0;s, %4 requêtes.</translation>
    </message>
</context>
<context>
    <name>Relais::WebImage</name>
    <message>
        <source>“%1”: the web copy could not be made (%2).</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: la copie pour le web n’a pas pu être faite (%2).</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>«&#xa0;%1&#xa0;» est vide.</translation>
    </message>
    <message>
        <source>“%1” is too large (%2); pictures up to %3 are accepted.</source>
        <translation>«&#xa0;%1&#xa0;» est trop gros (%2)&#xa0;; les images jusqu’à %3 sont acceptées.</translation>
    </message>
    <message>
        <source>“%1” is not a picture Relais can read (JPEG, PNG, GIF).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une image que Relais sait lire (JPEG, PNG, GIF).</translation>
    </message>
    <message>
        <source>“%1” is too large: %2 × %3 pixels.</source>
        <translation>«&#xa0;%1&#xa0;» est trop grande&#xa0;: %2 × %3 pixels.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être lue&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Relais::WordPressAccount</name>
    <message>
        <source>no role</source>
        <translation>aucun rôle</translation>
    </message>
    <message>
        <source>may publish posts and upload pictures</source>
        <translation>peut publier des articles et envoyer des images</translation>
    </message>
    <message>
        <source>may publish posts but not upload pictures</source>
        <translation>peut publier des articles mais pas envoyer d’images</translation>
    </message>
    <message>
        <source>may only submit posts for review (and upload pictures)</source>
        <translation>peut seulement soumettre des articles à relecture (et envoyer des images)</translation>
    </message>
    <message>
        <source>may only submit posts for review, without pictures</source>
        <translation>peut seulement soumettre des articles à relecture, sans images</translation>
    </message>
    <message>
        <source>may not write posts</source>
        <translation>ne peut pas écrire d’articles</translation>
    </message>
    <message>
        <source>%1, role %2: %3.</source>
        <translation>%1, rôle %2&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>Relais::WordPressClient</name>
    <message>
        <source>%1 says its WordPress API is on another server (%2); Relais does not send the password there. Use that server&apos;s address.</source>
        <translation>%1 indique que son API WordPress est sur un autre serveur (%2)&#xa0;; Relais n’y envoie pas le mot de passe. Utilisez l’adresse de ce serveur.</translation>
    </message>
    <message>
        <source>No WordPress REST API was found at %1 (no api.w.org link, nothing at /wp-json/ or /?rest_route=/). Is it a WordPress site, with its REST API on?</source>
        <translation>Aucune API REST WordPress trouvée à %1 (pas de lien api.w.org, rien à /wp-json/ ni à /?rest_route=/). Est-ce un site WordPress, avec son API REST active&#xa0;?</translation>
    </message>
    <message>
        <source>%1: the server sends to %2 (%3), which Relais does not follow: another server, or a login page. Check the site&apos;s address.</source>
        <translation>%1&#xa0;: le serveur renvoie vers %2 (%3), que Relais ne suit pas&#xa0;: un autre serveur, ou une page de connexion. Vérifiez l’adresse du site.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1: the answer is not valid JSON (%2 at byte %3).</source>
        <translation>%1&#xa0;: la réponse n’est pas du JSON valide (%2 à l’octet %3).</translation>
    </message>
    <message>
        <source>%1: the server answered a web page, not WordPress data (a security plugin, a maintenance page or a login page in the way?).</source>
        <translation>%1&#xa0;: le serveur a répondu par une page web, pas par des données WordPress (une extension de sécurité, une page de maintenance ou de connexion sur le chemin&#xa0;?).</translation>
    </message>
    <message>
        <source>%1: the server refused it as too large (413). Its upload limit must be raised, or the picture made smaller.</source>
        <translation>%1&#xa0;: le serveur l’a refusé, trop gros (413). Il faut relever sa limite d’envoi, ou réduire l’image.</translation>
    </message>
    <message>
        <source>%1: the server refused the user name or password (401).</source>
        <translation>%1&#xa0;: le serveur a refusé le nom d’utilisateur ou le mot de passe (401).</translation>
    </message>
    <message>
        <source>%1: the server failed (%2) and answered a web page, not WordPress data.</source>
        <translation>%1&#xa0;: le serveur a échoué (%2) et a répondu par une page web, pas par des données WordPress.</translation>
    </message>
    <message>
        <source>%1: the server answered %2 with a web page, not WordPress data (a security plugin or a firewall in the way?).</source>
        <translation>%1&#xa0;: le serveur a répondu %2 par une page web, pas par des données WordPress (une extension de sécurité ou un pare-feu sur le chemin&#xa0;?).</translation>
    </message>
    <message>
        <source>WordPress refused the user name or application password (%1). Use an application password (WordPress → Users → Profile → Application Passwords), not the login password.</source>
        <translation>WordPress a refusé le nom d’utilisateur ou le mot de passe d’application (%1). Utilisez un mot de passe d’application (WordPress → Comptes → Profil → Mots de passe d’application), pas le mot de passe de connexion.</translation>
    </message>
    <message>
        <source>Application passwords are turned off on this site (%1). An administrator must allow them; WordPress allows them only over https unless the site is a local one.</source>
        <translation>Les mots de passe d’application sont désactivés sur ce site (%1). Un administrateur doit les autoriser&#xa0;; WordPress ne les permet qu’en https, sauf pour un site local.</translation>
    </message>
    <message>
        <source>%1: the post no longer exists on the server; it was deleted there (%2).</source>
        <translation>%1&#xa0;: l’article n’existe plus sur le serveur&#xa0;; il y a été supprimé (%2).</translation>
    </message>
    <message>
        <source>%1: this WordPress does not offer that (%2). Is part of its REST API turned off by a plugin?</source>
        <translation>%1&#xa0;: ce WordPress ne le propose pas (%2). Une partie de son API REST est-elle désactivée par une extension&#xa0;?</translation>
    </message>
    <message>
        <source>%1: the picture is too large for the server (%2). Its upload limit must be raised, or the picture made smaller.</source>
        <translation>%1&#xa0;: l’image est trop grosse pour le serveur (%2). Il faut relever sa limite d’envoi, ou réduire l’image.</translation>
    </message>
    <message>
        <source>%1: the role of this user on the site does not allow it (%2).</source>
        <translation>%1&#xa0;: le rôle de cet utilisateur sur le site ne le permet pas (%2).</translation>
    </message>
    <message>
        <source>%1: the server failed (%2).</source>
        <translation>%1&#xa0;: le serveur a échoué (%2).</translation>
    </message>
    <message>
        <source>%1: not found (%2).</source>
        <translation>%1&#xa0;: introuvable (%2).</translation>
    </message>
    <message>
        <source>%1: WordPress refused it (%2).</source>
        <translation>%1&#xa0;: WordPress l’a refusé (%2).</translation>
    </message>
    <message>
        <source>%1: the server answered %2 without saying where to.</source>
        <translation>%1&#xa0;: le serveur a répondu %2 sans dire où aller.</translation>
    </message>
</context>
<context>
    <name>Relais::WordPressCommands</name>
    <message>
        <source>The WordPress target.</source>
        <translation>La destination WordPress.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>A file holding the password, readable by its owner only.</source>
        <translation>Un fichier contenant le mot de passe, lisible par son seul propriétaire.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Adopt the posts of a WordPress target once, as articles.</source>
        <translation>Reprendre une fois les articles d’une destination WordPress, comme articles.</translation>
    </message>
    <message>
        <source>The items waiting for a decision: changed on both sides, or deleted on the server.</source>
        <translation>Les éléments qui attendent une décision&#xa0;: modifiés des deux côtés, ou supprimés sur le serveur.</translation>
    </message>
    <message>
        <source>Settle one: keep this version, take the server&apos;s, leave it, or make a new post for an item deleted on the server.</source>
        <translation>En régler un&#xa0;: garder cette version, prendre celle du serveur, le laisser, ou refaire un article pour un élément supprimé sur le serveur.</translation>
    </message>
    <message>
        <source>The item&apos;s id, as conflicts lists it.</source>
        <translation>L’identifiant de l’élément, tel que conflicts le liste.</translation>
    </message>
    <message>
        <source>The decision.</source>
        <translation>La décision.</translation>
    </message>
    <message>
        <source>connected to %1 (REST API at %2).</source>
        <translation>connecté à %1 (API REST à %2).</translation>
    </message>
    <message>
        <source>This user may not publish: posts are submitted for review (pending).</source>
        <translation>Cet utilisateur ne peut pas publier&#xa0;: les articles sont soumis à relecture (pending).</translation>
    </message>
    <message>
        <source>%1: %2 in %3 s, %4 requests.</source>
        <translation>%1&#xa0;: %2 en %3&#xa0;s, %4 requêtes.</translation>
    </message>
    <message>
        <source>Some items wait for your decision: relais-cli conflicts --target %1</source>
        <translation>Des éléments attendent votre décision&#xa0;: relais-cli conflicts --target %1</translation>
    </message>
    <message>
        <source>“%1” is not a WordPress target.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une destination WordPress.</translation>
    </message>
    <message>
        <source>changed on the server at %1 UTC: “%2”</source>
        <translation>modifié sur le serveur à %1 UTC&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>deleted on the server</source>
        <translation>supprimé sur le serveur</translation>
    </message>
    <message>
        <source>The decision is mine, theirs, skip or recreate, not “%1”.</source>
        <translation>La décision est mine, theirs, skip ou recreate, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not an item id (see: conflicts --target NAME).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant d’élément (voir&#xa0;: conflicts --target NOM).</translation>
    </message>
    <message>
        <source>Settled: %1.</source>
        <translation>Réglé&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>Relais::WordPressJob</name>
    <message>
        <source>Connected. %1</source>
        <translation>Connecté. %1</translation>
    </message>
    <message>
        <source>Connected, but WordPress does not let this user write posts. %1</source>
        <translation>Connecté, mais WordPress ne laisse pas cet utilisateur écrire des articles. %1</translation>
    </message>
</context>
<context>
    <name>Relais::WordPressPublisher</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Reading the state of %1 posts…</source>
        <translation>Lecture de l’état de %1 articles…</translation>
    </message>
    <message>
        <source>%1: %2 WordPress does not let this user write posts.</source>
        <translation>%1&#xa0;: %2 WordPress ne laisse pas cet utilisateur écrire des articles.</translation>
    </message>
    <message>
        <source>The category “%1” is not on the site and this user may not create it; the posts go without it.</source>
        <translation>La catégorie «&#xa0;%1&#xa0;» n’est pas sur le site et cet utilisateur ne peut pas la créer&#xa0;; les articles partent sans elle.</translation>
    </message>
    <message>
        <source>The category “%1” could not be created: %2</source>
        <translation>La catégorie «&#xa0;%1&#xa0;» n’a pas pu être créée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sending %1 pictures…</source>
        <translation>Envoi de %1 images…</translation>
    </message>
    <message>
        <source>The picture “%1” is not in the media library.</source>
        <translation>L’image «&#xa0;%1&#xa0;» n’est pas dans la médiathèque.</translation>
    </message>
    <message>
        <source>The picture “%1” cannot be sent: this user may not upload files on the site.</source>
        <translation>L’image «&#xa0;%1&#xa0;» ne peut pas être envoyée&#xa0;: cet utilisateur ne peut pas envoyer de fichiers sur le site.</translation>
    </message>
    <message>
        <source>Sending the picture %1…</source>
        <translation>Envoi de l’image %1…</translation>
    </message>
    <message>
        <source>The picture “%1”: %2</source>
        <translation>L’image «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The picture “%1”: the server&apos;s answer names no picture.</source>
        <translation>L’image «&#xa0;%1&#xa0;»&#xa0;: la réponse du serveur ne nomme aucune image.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>still scheduled %1 min after its time (%2 UTC); published by Relais</source>
        <translation>encore programmé %1 min après son heure (%2 UTC)&#xa0;; publié par Relais</translation>
    </message>
    <message>
        <source>found after an interrupted creation</source>
        <translation>retrouvé après une création interrompue</translation>
    </message>
    <message>
        <source>“%1”: %2 It is not created again without your word.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2 Il n’est pas recréé sans votre accord.</translation>
    </message>
    <message>
        <source>%1 WordPress does not let this user write posts.</source>
        <translation>%1 WordPress ne laisse pas cet utilisateur écrire des articles.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 posts were changed on the server since the last publish and left as they are; changing them here will ask which version to keep.</source>
        <translation>%1 articles ont été modifiés sur le serveur depuis la dernière publication et laissés tels quels&#xa0;; les modifier ici demandera quelle version garder.</translation>
    </message>
    <message>
        <source>This item was never published to %1.</source>
        <translation>Cet élément n’a jamais été publié sur %1.</translation>
    </message>
    <message>
        <source>This item is not in conflict.</source>
        <translation>Cet élément n’est pas en conflit.</translation>
    </message>
    <message>
        <source>Reading posts: page %1 of %2…</source>
        <translation>Lecture des articles&#xa0;: page %1 sur %2…</translation>
    </message>
    <message>
        <source>(untitled post %1)</source>
        <translation>(article %1 sans titre)</translation>
    </message>
    <message>
        <source>Post %1 “%2”: %3</source>
        <translation>Article %1 «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cancelled after %1 posts.</source>
        <translation>Annulé après %1 articles.</translation>
    </message>
    <message>
        <source>WordPress user %1</source>
        <translation>Utilisateur WordPress %1</translation>
    </message>
    <message>
        <source>Post %1 could not be moved to the trash after its rejection: %2</source>
        <translation>L’article %1 n’a pas pu être mis à la corbeille après son refus&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sending posts: %1 of %2…</source>
        <translation>Envoi des articles&#xa0;: %1 sur %2…</translation>
    </message>
    <message>
        <source>%1 %2 of %3 steps were done; the next publish goes on from there.</source>
        <translation>%1 %2 étapes sur %3 ont été faites&#xa0;; la prochaine publication reprendra à partir de là.</translation>
    </message>
    <message>
        <source>Somebody else is publishing to %1 right now (from another desktop or relais-cli); nothing was sent. Publish again when they are done.</source>
        <translation>Quelqu’un d’autre publie vers %1 en ce moment (depuis un autre poste ou relais-cli)&#xa0;; rien n’a été envoyé. Publiez de nouveau quand ce sera fini.</translation>
    </message>
</context>
<context>
    <name>Relais::Workflow</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programmé</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
</context>
<context>
    <name>Relais::WorkflowCommands</name>
    <message>
        <source>An article&apos;s or agenda entry&apos;s id (a UUID, as list prints it).</source>
        <translation>L’identifiant d’un article ou d’un événement (un UUID, tel que list l’affiche).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <source>Refuse (exit 3) when the item&apos;s revision is no longer this one.</source>
        <translation>Refuser (code 3) quand la révision de l’élément n’est plus celle-ci.</translation>
    </message>
    <message>
        <source>revision</source>
        <translation>révision</translation>
    </message>
    <message>
        <source>Send a draft for review. Its writer may, or an editor.</source>
        <translation>Envoyer un brouillon en relecture. Son auteur le peut, ou un éditeur.</translation>
    </message>
    <message>
        <source>Approve an item in review. Editors and administrators may.</source>
        <translation>Approuver un élément en relecture. Les éditeurs et les administrateurs le peuvent.</translation>
    </message>
    <message>
        <source>Return an item in review to its writer, saying why. Editors and administrators may.</source>
        <translation>Renvoyer un élément en relecture à son auteur, en disant pourquoi. Les éditeurs et les administrateurs le peuvent.</translation>
    </message>
    <message>
        <source>Why it goes back.</source>
        <translation>Pourquoi il est renvoyé.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Assign an item to a person of the newsroom (&quot;&quot; for nobody).</source>
        <translation>Attribuer un élément à une personne de la rédaction (&quot;&quot; pour personne).</translation>
    </message>
    <message>
        <source>The person&apos;s login.</source>
        <translation>L’identifiant de la personne.</translation>
    </message>
    <message>
        <source>Comment on an item (mention a colleague with @login).</source>
        <translation>Commenter un élément (mentionner un collègue avec @identifiant).</translation>
    </message>
    <message>
        <source>The comment.</source>
        <translation>Le commentaire.</translation>
    </message>
    <message>
        <source>The comment this one answers.</source>
        <translation>Le commentaire auquel celui-ci répond.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The comments of an item, in threads.</source>
        <translation>Les commentaires d’un élément, par fil.</translation>
    </message>
    <message>
        <source>The revisions of an item: number, author, time, fields changed; with --from and --to, what changed between two, word by word.</source>
        <translation>Les révisions d’un élément&#xa0;: numéro, auteur, heure, champs modifiés&#xa0;; avec --from et --to, ce qui a changé entre deux, mot à mot.</translation>
    </message>
    <message>
        <source>The older revision.</source>
        <translation>La révision la plus ancienne.</translation>
    </message>
    <message>
        <source>The newer revision (default: the latest).</source>
        <translation>La révision la plus récente (par défaut&#xa0;: la dernière).</translation>
    </message>
    <message>
        <source>Bring back what an item said at an earlier revision, as a new revision.</source>
        <translation>Rétablir ce que disait un élément à une révision antérieure, en une nouvelle révision.</translation>
    </message>
    <message>
        <source>The revision to bring back.</source>
        <translation>La révision à rétablir.</translation>
    </message>
    <message>
        <source>The activity of the newsroom, newest first.</source>
        <translation>L’activité de la rédaction, la plus récente d’abord.</translation>
    </message>
    <message>
        <source>Only what happened from then on (ISO 8601).</source>
        <translation>Seulement ce qui s’est passé à partir de ce moment (ISO 8601).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>At most this many lines (default 100).</source>
        <translation>Au plus ce nombre de lignes (100 par défaut).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>What others did that concerns you, newest first; --read marks them read.</source>
        <translation>Ce que les autres ont fait qui vous concerne, le plus récent d’abord&#xa0;; --read les marque comme lus.</translation>
    </message>
    <message>
        <source>Mark them all read.</source>
        <translation>Les marquer toutes comme lues.</translation>
    </message>
    <message>
        <source>“%1” is not an item&apos;s id (a UUID, as list prints it).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas l’identifiant d’un élément (un UUID, tel que list l’affiche).</translation>
    </message>
    <message>
        <source>--expect-revision takes a revision number (1 or more).</source>
        <translation>--expect-revision prend un numéro de révision (1 ou plus).</translation>
    </message>
    <message>
        <source>(revision %1)</source>
        <translation>(révision %1)</translation>
    </message>
    <message>
        <source>“%1” waits for review.</source>
        <translation>«&#xa0;%1&#xa0;» attend sa relecture.</translation>
    </message>
    <message>
        <source>“%1” is approved.</source>
        <translation>«&#xa0;%1&#xa0;» est approuvé.</translation>
    </message>
    <message>
        <source>“%1” went back to its writer.</source>
        <translation>«&#xa0;%1&#xa0;» est renvoyé à son auteur.</translation>
    </message>
    <message>
        <source>“%1” is assigned to nobody.</source>
        <translation>«&#xa0;%1&#xa0;» n’est attribué à personne.</translation>
    </message>
    <message>
        <source>“%1” is assigned to %2.</source>
        <translation>«&#xa0;%1&#xa0;» est attribué à %2.</translation>
    </message>
    <message>
        <source>--revision takes a revision number (1 or more).</source>
        <translation>--revision prend un numéro de révision (1 ou plus).</translation>
    </message>
    <message>
        <source>“%1” says again what it said at revision %2.</source>
        <translation>«&#xa0;%1&#xa0;» dit de nouveau ce qu’il disait à la révision %2.</translation>
    </message>
    <message>
        <source>--reply-to takes a comment&apos;s id, as comments prints it.</source>
        <translation>--reply-to prend l’identifiant d’un commentaire, tel que comments l’affiche.</translation>
    </message>
    <message>
        <source>(resolved by %1)</source>
        <translation>(résolu par %1)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>There is no history for %1.</source>
        <translation>Il n’y a pas d’historique pour %1.</translation>
    </message>
    <message>
        <source>--from and --to take revision numbers (1 or more).</source>
        <translation>--from et --to prennent des numéros de révision (1 ou plus).</translation>
    </message>
    <message>
        <source>Revisions %1 and %2 say the same.</source>
        <translation>Les révisions %1 et %2 disent la même chose.</translation>
    </message>
    <message>
        <source>--since takes a time in ISO 8601 (2026-12-07T09:00:00Z).</source>
        <translation>--since prend une heure en ISO 8601 (2026-12-07T09:00:00Z).</translation>
    </message>
    <message>
        <source>--limit takes a count (1 or more).</source>
        <translation>--limit prend un nombre (1 ou plus).</translation>
    </message>
    <message>
        <source>The editorial calendar: articles on the day of their publication, agenda entries on the days of their event, day by day in the site&apos;s time zone; drafts without a date with --undated.</source>
        <translation>Le calendrier éditorial&#xa0;: les articles au jour de leur publication, les événements de l’agenda sur leurs jours, jour par jour dans le fuseau horaire du site&#xa0;; les brouillons sans date avec --undated.</translation>
    </message>
    <message>
        <source>The first day (YYYY-MM-DD; default today).</source>
        <translation>Le premier jour (AAAA-MM-JJ&#xa0;; par défaut aujourd’hui).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>The last day (default: a week after the first).</source>
        <translation>Le dernier jour (par défaut&#xa0;: une semaine après le premier).</translation>
    </message>
    <message>
        <source>Only this section.</source>
        <translation>Seulement cette rubrique.</translation>
    </message>
    <message>
        <source>section</source>
        <translation>rubrique</translation>
    </message>
    <message>
        <source>Only news, testimonial or event.</source>
        <translation>Seulement news, testimonial ou event.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>Only draft, in_review, approved, scheduled, published or archived.</source>
        <translation>Seulement draft, in_review, approved, scheduled, published ou archived.</translation>
    </message>
    <message>
        <source>state</source>
        <translation>état</translation>
    </message>
    <message>
        <source>Only what this login wrote or is assigned.</source>
        <translation>Seulement ce que cet identifiant a écrit ou ce qui lui est confié.</translation>
    </message>
    <message>
        <source>login</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>Also list the drafts without a date.</source>
        <translation>Lister aussi les brouillons sans date.</translation>
    </message>
    <message>
        <source>--kind takes news, testimonial or event, not “%1”.</source>
        <translation>--kind prend news, testimonial ou event, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--state takes draft, in_review, approved, scheduled, published or archived, not “%1”.</source>
        <translation>--state prend draft, in_review, approved, scheduled, published ou archived, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--from takes a day as YYYY-MM-DD, not “%1”.</source>
        <translation>--from prend un jour au format AAAA-MM-JJ, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--to takes a day as YYYY-MM-DD, not “%1”.</source>
        <translation>--to prend un jour au format AAAA-MM-JJ, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2).</source>
        <translation>--to (%1) est avant --from (%2).</translation>
    </message>
    <message>
        <source>From %1 to %2 is more than ten years: ask for less.</source>
        <translation>Du %1 au %2, c’est plus de dix ans&#xa0;: demandez moins.</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>toute la journée</translation>
    </message>
    <message>
        <source>cont.</source>
        <translation>suite</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sans date</translation>
    </message>
</context>
<context>
    <name>Relais::WorkflowPanel</name>
    <message>
        <source>Why does it go back? The writer reads this.</source>
        <translation>Pourquoi est-il renvoyé&#xa0;? L’auteur lira ceci.</translation>
    </message>
    <message>
        <source>Relais</source>
        <translation>Relais</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Publication time</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <source>Address name</source>
        <translation>Nom d’adresse</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Featured picture</source>
        <translation>Image à la une</translation>
    </message>
    <message>
        <source>Submit for Review</source>
        <translation>Envoyer en relecture</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Return to Writer…</source>
        <translation>Renvoyer à l’auteur…</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Write a comment for the team (never published); @login tells a colleague.</source>
        <translation>Écrivez un commentaire pour l’équipe (jamais publié)&#xa0;; @identifiant prévient un collègue.</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commenter</translation>
    </message>
    <message>
        <source>Post the comment (Ctrl+Return).</source>
        <translation>Publier le commentaire (Ctrl+Entrée).</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Select one revision to see what it changed, or two to compare them.</source>
        <translation>Sélectionnez une révision pour voir ce qu’elle a changé, ou deux pour les comparer.</translation>
    </message>
    <message>
        <source>Restore This Revision…</source>
        <translation>Restaurer cette révision…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Written by %1: as %2 you may read it and comment on it; an editor or an administrator may change it.</source>
        <translation>Écrit par %1&#xa0;: en tant que %2, vous pouvez le lire et le commenter&#xa0;; un éditeur ou un administrateur peut le modifier.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>quelqu’un d’autre</translation>
    </message>
    <message>
        <source>It is %1 now: an editor or an administrator may change it; you may comment on it.</source>
        <translation>Il est maintenant %1&#xa0;: un éditeur ou un administrateur peut le modifier&#xa0;; vous pouvez le commenter.</translation>
    </message>
    <message>
        <source>Save the item to send it for review, comment on it or see its history.</source>
        <translation>Enregistrez l’élément pour l’envoyer en relecture, le commenter ou voir son historique.</translation>
    </message>
    <message>
        <source>written by %1</source>
        <translation>écrit par %1</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>attribué à %1</translation>
    </message>
    <message>
        <source>%1 takes an editor or an administrator; you are %2.</source>
        <translation>%1 demande un éditeur ou un administrateur&#xa0;; vous êtes %2.</translation>
    </message>
    <message>
        <source>Only a draft is sent for review.</source>
        <translation>Seul un brouillon est envoyé en relecture.</translation>
    </message>
    <message>
        <source>Ask an editor to review it.</source>
        <translation>Demander à un éditeur de le relire.</translation>
    </message>
    <message>
        <source>Sending somebody else&apos;s draft</source>
        <translation>Envoyer le brouillon de quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Approving</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Approve it: it may then be scheduled.</source>
        <translation>L’approuver&#xa0;: il pourra ensuite être programmé.</translation>
    </message>
    <message>
        <source>Only a draft or an item in review is approved.</source>
        <translation>Seul un brouillon ou un élément en relecture est approuvé.</translation>
    </message>
    <message>
        <source>Returning an item to its writer</source>
        <translation>Renvoyer un élément à son auteur</translation>
    </message>
    <message>
        <source>Send it back to its writer, saying why.</source>
        <translation>Le renvoyer à son auteur, en disant pourquoi.</translation>
    </message>
    <message>
        <source>Only an item in review or approved goes back to its writer.</source>
        <translation>Seul un élément en relecture ou approuvé retourne à son auteur.</translation>
    </message>
    <message>
        <source>Choose the editor who reviews it.</source>
        <translation>Choisir l’éditeur qui le relit.</translation>
    </message>
    <message>
        <source>Assigning it</source>
        <translation>L’attribuer</translation>
    </message>
    <message>
        <source>Returned by %1 on %2: %3</source>
        <translation>Renvoyé par %1 le %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>a modifié</translation>
    </message>
    <message>
        <source>resolved by %1</source>
        <translation>résolu par %1</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>Commentaires (%1)</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Only its author may change or delete a comment.</source>
        <translation>Seul son auteur peut modifier ou supprimer un commentaire.</translation>
    </message>
    <message>
        <source>“%1” waits for review.</source>
        <translation>«&#xa0;%1&#xa0;» attend sa relecture.</translation>
    </message>
    <message>
        <source>“%1” is approved.</source>
        <translation>«&#xa0;%1&#xa0;» est approuvé.</translation>
    </message>
    <message>
        <source>Return “%1” to %2</source>
        <translation>Renvoyer «&#xa0;%1&#xa0;» à %2</translation>
    </message>
    <message>
        <source>“%1” went back to its writer.</source>
        <translation>«&#xa0;%1&#xa0;» est renvoyé à son auteur.</translation>
    </message>
    <message>
        <source>Replying to %1</source>
        <translation>Réponse à %1</translation>
    </message>
    <message>
        <source>Edit Comment</source>
        <translation>Modifier le commentaire</translation>
    </message>
    <message>
        <source>Your comment:</source>
        <translation>Votre commentaire&#xa0;:</translation>
    </message>
    <message>
        <source>Delete your comment? Replies to it stay.</source>
        <translation>Supprimer votre commentaire&#xa0;? Les réponses restent.</translation>
    </message>
    <message>
        <source>From revision %1 to %2</source>
        <translation>De la révision %1 à la %2</translation>
    </message>
    <message>
        <source>Revision %1, as it was first saved</source>
        <translation>Révision %1, telle qu’elle fut enregistrée la première fois</translation>
    </message>
    <message>
        <source>They say the same.</source>
        <translation>Elles disent la même chose.</translation>
    </message>
    <message>
        <source>Bring back what “%1” said at revision %2? What it says now stays in its history.</source>
        <translation>Rétablir ce que disait «&#xa0;%1&#xa0;» à la révision %2&#xa0;? Ce qu’il dit maintenant reste dans son historique.</translation>
    </message>
    <message>
        <source>“%1” says again what it said at revision %2.</source>
        <translation>«&#xa0;%1&#xa0;» dit de nouveau ce qu’il disait à la révision %2.</translation>
    </message>
    <message>
        <source>Click the current tab to fold or unfold this part</source>
        <translation>Cliquez sur l’onglet actif pour replier ou déplier cette partie</translation>
    </message>
</context>
<context>
    <name>Relais::WorkflowRepository</name>
    <message>
        <source>This database has no editorial workflow yet: open it with this Relais once to bring it up to date.</source>
        <translation>Cette base de données n’a pas encore de circuit éditorial&#xa0;: ouvrez-la une fois avec ce Relais pour la mettre à jour.</translation>
    </message>
    <message>
        <source>There is no article or agenda entry with the id %1.</source>
        <translation>Il n’y a pas d’article ni d’événement ayant l’identifiant %1.</translation>
    </message>
    <message>
        <source>%1 takes %2; %3 is %4.</source>
        <translation>%1 demande %2&#xa0;; %3 est %4.</translation>
    </message>
    <message>
        <source>“%1” is in the trash; restore it first.</source>
        <translation>«&#xa0;%1&#xa0;» est dans la corbeille&#xa0;; restaurez-le d’abord.</translation>
    </message>
    <message>
        <source>“%1” was not changed. %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été modifié. %2</translation>
    </message>
    <message>
        <source>“%1” was changed elsewhere since you opened it (revision %2, yours is %3).</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié ailleurs depuis que vous l’avez ouvert (révision %2, la vôtre est la %3).</translation>
    </message>
    <message>
        <source>“%1” is not a draft waiting to be sent for review: it is %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un brouillon en attente d’envoi en relecture&#xa0;: il est %2.</translation>
    </message>
    <message>
        <source>Sending somebody else&apos;s draft for review</source>
        <translation>Envoyer en relecture le brouillon de quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Approving “%1”</source>
        <translation>Approuver «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” cannot be approved: it is %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être approuvé&#xa0;: il est %2.</translation>
    </message>
    <message>
        <source>Returning “%1” to its writer</source>
        <translation>Renvoyer «&#xa0;%1&#xa0;» à son auteur</translation>
    </message>
    <message>
        <source>Say why “%1” goes back to its writer: a reason is needed.</source>
        <translation>Dites pourquoi «&#xa0;%1&#xa0;» retourne à son auteur&#xa0;: une raison est nécessaire.</translation>
    </message>
    <message>
        <source>The reason is too long (%1 characters; %2 at most).</source>
        <translation>La raison est trop longue (%1 caractères&#xa0;; %2 au plus).</translation>
    </message>
    <message>
        <source>“%1” is not in review: it is %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas en relecture&#xa0;: il est %2.</translation>
    </message>
    <message>
        <source>Assigning “%1”</source>
        <translation>Attribuer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” is not a person of this newsroom who may log in.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une personne de cette rédaction pouvant se connecter.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base</translation>
    </message>
</context>
</TS>
