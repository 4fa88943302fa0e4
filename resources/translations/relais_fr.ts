<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>Relais</name>
    <message>
        <source>There is no database at “%1”.</source>
        <translation>Il n’y a pas de base à « %1 ».</translation>
    </message>
    <message>
        <source>Cannot create the folder of “%1”.</source>
        <translation>Impossible de créer le dossier de « %1 ».</translation>
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
        <translation>Fin :</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Toute la journée</translation>
    </message>
    <message>
        <source>Name of the place, or “Online”</source>
        <translation>Nom du lieu, ou « En ligne »</translation>
    </message>
    <message>
        <source>What happens, for whom, how to take part (Markdown)</source>
        <translation>Ce qui se passe, pour qui, comment participer (Markdown)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Online &amp;link:</source>
        <translation>&amp;Lien en ligne :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Rubriques :</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Address &amp;name:</source>
        <translation>&amp;Nom d’adresse :</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Contacts :</translation>
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
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Genre :</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Rubriques :</translation>
    </message>
    <message>
        <source>Address &amp;name:</source>
        <translation>&amp;Nom d’adresse :</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Chapô :</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>C&amp;orps :</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Contacts :</translation>
    </message>
    <message>
        <source>Allow raw HTML in the body</source>
        <translation>Autoriser le HTML brut dans le corps</translation>
    </message>
    <message>
        <source>Keep HTML written in the body (an embedded video, a form) instead of showing it as text. Only for HTML you trust: it goes to the site as it is.</source>
        <translation>Garder le HTML écrit dans le corps (une vidéo intégrée, un formulaire) au lieu de l’afficher comme du texte. Seulement pour du HTML de confiance : il part tel quel sur le site.</translation>
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
    <name>Relais::CommandLine</name>
    <message>
        <source>The database file (default: %1).</source>
        <translation>Le fichier de la base (par défaut : %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>list: print JSON (ISO 8601 UTC times).</source>
        <translation>list : affiche du JSON (heures ISO 8601 UTC).</translation>
    </message>
    <message>
        <source>import seed: move dates so the agenda falls in the coming weeks.</source>
        <translation>import seed : déplace les dates pour que l’agenda tombe dans les semaines qui viennent.</translation>
    </message>
    <message>
        <source>Run relais-cli --help for the commands.</source>
        <translation>Lancez relais-cli --help pour voir les commandes.</translation>
    </message>
    <message>
        <source>list takes one of: articles, agenda, contacts.</source>
        <translation>list prend l’un de : articles, agenda, contacts.</translation>
    </message>
    <message>
        <source>check takes no argument.</source>
        <translation>check ne prend pas d’argument.</translation>
    </message>
    <message>
        <source>Usage: import seed FILE [--demo].</source>
        <translation>Usage : import seed FICHIER [--demo].</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande donnée.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>%1: %2 problem(s) found:</source>
        <translation>%1 : %2 problème(s) trouvé(s) :</translation>
    </message>
    <message>
        <source>%1: no problem found (database version %2).</source>
        <translation>%1 : aucun problème trouvé (version de la base %2).</translation>
    </message>
    <message>
        <source>Imported %1 articles, %2 testimonials, %3 agenda entries and %4 contacts.</source>
        <translation>%1 articles, %2 témoignages, %3 événements et %4 contacts importés.</translation>
    </message>
    <message>
        <source>Relais command line: work on a Relais database without the window.

Commands:
  list articles|agenda|contacts [--json]   list the items (not those in the trash)
  check                                    check the database; exit code 1 on problems
  import seed FILE [--demo]                import a seed-site.json file in one transaction
  render --out DIR [--at ISO-DATETIME]     render the site as published at that time (default: now)</source>
        <translation>Relais en ligne de commande : travailler sur une base Relais sans la fenêtre.

Commandes :
  list articles|agenda|contacts [--json]   liste les éléments (hors corbeille)
  check                                    vérifie la base ; code de sortie 1 en cas de problème
  import seed FICHIER [--demo]             importe un fichier seed-site.json en une transaction
  render --out DOSSIER [--at DATE-ISO]     produit le site tel que publié à ce moment (par défaut : maintenant)</translation>
    </message>
    <message>
        <source>render: the folder of the site.</source>
        <translation>render : le dossier du site.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>render: the time to render the site for (ISO 8601).</source>
        <translation>render : le moment pour lequel produire le site (ISO 8601).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>moment</translation>
    </message>
    <message>
        <source>list, check, import or render.</source>
        <translation>list, check, import ou render.</translation>
    </message>
    <message>
        <source>Usage: render --out DIR [--at ISO-DATETIME].</source>
        <translation>Usage : render --out DOSSIER [--at DATE-ISO].</translation>
    </message>
    <message>
        <source>“%1” is not a date and time (expected e.g. 2026-12-01T08:00:00Z).</source>
        <translation>« %1 » n’est pas une date et heure (attendu par ex. 2026-12-01T08:00:00Z).</translation>
    </message>
    <message>
        <source>Rendered %1 files (%2 articles, %3 agenda entries, %4 kB) into %5; %6 old files removed.</source>
        <translation>%1 fichiers produits (%2 articles, %3 événements, %4 ko) dans %5 ; %6 anciens fichiers supprimés.</translation>
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
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Structure :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Site &amp;web :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
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
    <name>Relais::Database</name>
    <message>
        <source>“%1” is not a file.</source>
        <translation>« %1 » n’est pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>“%1” is not a Relais database (it is not an SQLite file).</source>
        <translation>« %1 » n’est pas une base Relais (ce n’est pas un fichier SQLite).</translation>
    </message>
    <message>
        <source>“%1” is damaged (the file is truncated).</source>
        <translation>« %1 » est endommagé (le fichier est tronqué).</translation>
    </message>
    <message>
        <source>Cannot open “%1”.</source>
        <translation>Impossible d’ouvrir « %1 ».</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened. It was left as it is; restore it from a backup.</source>
        <translation>« %1 » est endommagé et ne peut pas être ouvert. Il a été laissé tel quel ; restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a Relais database.</source>
        <translation>« %1 » est une base SQLite d’un autre programme, pas une base Relais.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Relais (database version %2; this version knows up to %3). Update Relais to open it.</source>
        <translation>« %1 » a été écrit par une version plus récente de Relais (version de base %2 ; cette version connaît jusqu’à la %3). Mettez Relais à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>The database “%1” could not be read.</source>
        <translation>La base « %1 » n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>The database “%1” could not be read or written.</source>
        <translation>La base « %1 » n’a pas pu être lue ou écrite.</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of %3.</source>
        <translation>La ligne %1 de la table %2 renvoie à une ligne absente de %3.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>La migration %1 manque dans cette version.</translation>
    </message>
    <message>
        <source>The database “%1” could not be upgraded to version %2.</source>
        <translation>La base « %1 » n’a pas pu passer à la version %2.</translation>
    </message>
    <message>
        <source>The check of “%1” was stopped.</source>
        <translation>La vérification de « %1 » a été arrêtée.</translation>
    </message>
</context>
<context>
    <name>Relais::EntityEditor</name>
    <message>
        <source>Contacts have no page of their own on the site.</source>
        <translation>Les contacts n’ont pas de page à eux sur le site.</translation>
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
        <translation>Supprimé</translation>
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
</context>
<context>
    <name>Relais::EntityRepository</name>
    <message>
        <source>No item has the id %1.</source>
        <translation>Aucun élément n’a l’identifiant %1.</translation>
    </message>
    <message>
        <source>“%1” no longer exists: it was deleted for good.</source>
        <translation>« %1 » n’existe plus : il a été supprimé définitivement.</translation>
    </message>
    <message>
        <source>“%1” was changed elsewhere since you opened it (revision %2, yours is %3).</source>
        <translation>« %1 » a été modifié ailleurs depuis que vous l’avez ouvert (révision %2, la vôtre est la %3).</translation>
    </message>
    <message>
        <source>The linked contact %1 does not exist.</source>
        <translation>Le contact lié %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The address name “%1” is already used by another item; choose another one.</source>
        <translation>Le nom d’adresse « %1 » est déjà pris par un autre élément ; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>untitled item</source>
        <translation>élément sans titre</translation>
    </message>
    <message>
        <source>“%1” cannot be saved: %2</source>
        <translation>« %1 » ne peut pas être enregistré : %2</translation>
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
        <translation>Garder votre version et écraser l’autre, ou charger l’autre version et perdre vos modifications ?</translation>
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
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation>Pas encore enregistré : %1</translation>
    </message>
    <message>
        <source>Loaded the other version of “%1”.</source>
        <translation>L’autre version de « %1 » a été chargée.</translation>
    </message>
    <message>
        <source>Not saved: the database is read-only.</source>
        <translation>Non enregistré : la base est en lecture seule.</translation>
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
        <translation><numerusform>%n élément</numerusform><numerusform>%n éléments</numerusform></translation>
    </message>
    <message>
        <source>more than %L1 items</source>
        <translation>plus de %L1 éléments</translation>
    </message>
</context>
<context>
    <name>Relais::MainWindow</name>
    <message>
        <source>Relais — %1</source>
        <translation>Relais — %1</translation>
    </message>
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
        <translation>Vos modifications n’ont pas pu être enregistrées :
%1

Les abandonner ?</translation>
    </message>
    <message>
        <source>New item: it is saved as soon as it has a title.</source>
        <translation>Nouvel élément : il est enregistré dès qu’il a un titre.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Could not move to the trash: %1</source>
        <translation>Impossible de mettre à la corbeille : %1</translation>
    </message>
    <message>
        <source>Could not restore: %1</source>
        <translation>Impossible de restaurer : %1</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) for good? This cannot be undone.</source>
        <translation><numerusform>Supprimer %n élément définitivement ? C’est irréversible.</numerusform><numerusform>Supprimer %n éléments définitivement ? C’est irréversible.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) deleted for good</source>
        <translation><numerusform>%n élément supprimé définitivement</numerusform><numerusform>%n éléments supprimés définitivement</numerusform></translation>
    </message>
    <message>
        <source>Could not delete: %1</source>
        <translation>Impossible de supprimer : %1</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n item(s) in the trash for good? This cannot be undone.</source>
        <translation><numerusform>Supprimer définitivement l’élément de la corbeille ? C’est irréversible.</numerusform><numerusform>Supprimer définitivement les %n éléments de la corbeille ? C’est irréversible.</numerusform></translation>
    </message>
    <message>
        <source>Trash emptied</source>
        <translation>Corbeille vidée</translation>
    </message>
    <message>
        <source>Could not empty the trash: %1</source>
        <translation>Impossible de vider la corbeille : %1</translation>
    </message>
    <message>
        <source>Relais will use the new language the next time it starts.</source>
        <translation>Relais utilisera la nouvelle langue au prochain démarrage.</translation>
    </message>
    <message>
        <source>The database could not be checked: %1</source>
        <translation>La base n’a pas pu être vérifiée : %1</translation>
    </message>
    <message>
        <source>The database “%1” is damaged: %2

Relais shows what it can read and will not write to the file. Close Relais and restore the file from a backup.</source>
        <translation>La base « %1 » est endommagée : %2

Relais montre ce qu’il peut lire et n’écrira pas dans le fichier. Fermez Relais et restaurez le fichier depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>Read-only: the database is damaged</source>
        <translation>Lecture seule : la base est endommagée</translation>
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
        <translation>Pas d’aperçu : %1</translation>
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
        <translation>Ajouter « %1 » au dictionnaire</translation>
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
        <translation><numerusform>%n mot</numerusform><numerusform>%n mots</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation><numerusform>%n caractère</numerusform><numerusform>%n caractères</numerusform></translation>
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
        <translation><numerusform>%n remplacement</numerusform><numerusform>%n remplacements</numerusform></translation>
    </message>
    <message>
        <source>Find/Replace</source>
        <translation>Chercher/Remplacer</translation>
    </message>
    <message>
        <source>Find and replace in the text</source>
        <translation>Chercher et remplacer dans le texte</translation>
    </message>
</context>
<context>
    <name>Relais::PublicationFields</name>
    <message>
        <source>Publication:</source>
        <translation>Publication :</translation>
    </message>
</context>
<context>
    <name>Relais::SeedImporter</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>“%1” is too large to import (%2 MB).</source>
        <translation>« %1 » est trop gros pour être importé (%2 Mo).</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at line %3, column %4.</source>
        <translation>%1 n’est pas du JSON valide : %2 à la ligne %3, colonne %4.</translation>
    </message>
    <message>
        <source>%1 is not a seed file: it must hold one object with contacts, articles, testimonials and agenda.</source>
        <translation>%1 n’est pas un fichier seed : il doit contenir un objet avec contacts, articles, testimonials et agenda.</translation>
    </message>
    <message>
        <source>%1: “%2” must be a list.</source>
        <translation>%1 : « %2 » doit être une liste.</translation>
    </message>
    <message>
        <source>%1: %2[%3] must be an object.</source>
        <translation>%1 : %2[%3] doit être un objet.</translation>
    </message>
    <message>
        <source>no contact has the organisation “%1”.</source>
        <translation>aucun contact n’a la structure « %1 ».</translation>
    </message>
    <message>
        <source>“%1” is not a section of the site.</source>
        <translation>« %1 » n’est pas une rubrique du site.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: %n problem(s) found.</source>
        <translation><numerusform>Rien n’a été importé de %1 : %n problème trouvé.</numerusform><numerusform>Rien n’a été importé de %1 : %n problèmes trouvés.</numerusform></translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… et %1 de plus.</translation>
    </message>
    <message>
        <source>%1, field “%2”: %3</source>
        <translation>%1, champ « %2 » : %3</translation>
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
        <translation>« %1 » n’est pas une date (attendu : AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>“%1” is not a time (expected HH:MM).</source>
        <translation>« %1 » n’est pas une heure (attendu : HH:MM).</translation>
    </message>
    <message>
        <source>must be a whole number of minutes.</source>
        <translation>doit être un nombre entier de minutes.</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>doit valoir true ou false.</translation>
    </message>
</context>
<context>
    <name>Relais::SiteBuilder</name>
    <message>
        <source>The page “%1” could not be made: %2</source>
        <translation>La page « %1 » n’a pas pu être produite : %2</translation>
    </message>
</context>
<context>
    <name>Relais::SiteFolder</name>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Impossible de créer le dossier « %1 ».</translation>
    </message>
    <message>
        <source>The folder “%1” is not empty and was not made by Relais; choose an empty folder for the site.</source>
        <translation>Le dossier « %1 » n’est pas vide et n’a pas été créé par Relais ; choisissez un dossier vide pour le site.</translation>
    </message>
    <message>
        <source>Cannot write in the folder “%1”: %2</source>
        <translation>Impossible d’écrire dans le dossier « %1 » : %2</translation>
    </message>
    <message>
        <source>Refused to write “%1”: it is not a path inside the site.</source>
        <translation>Écriture de « %1 » refusée : ce n’est pas un chemin dans le site.</translation>
    </message>
    <message>
        <source>Cannot create the folder of “%1”.</source>
        <translation>Impossible de créer le dossier de « %1 ».</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d’écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot remove the old file “%1”.</source>
        <translation>Impossible de supprimer l’ancien fichier « %1 ».</translation>
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
        <translation>&amp;Nom du site :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Where the site is published, e.g. https://www.example.org/ (used in the feed and the sitemap).</source>
        <translation>Là où le site est publié, par ex. https://www.exemple.org/ (utilisé dans le flux et le plan du site).</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>e.g. Europe/Paris</source>
        <translation>par ex. Europe/Paris</translation>
    </message>
    <message>
        <source>&amp;Main colour:</source>
        <translation>Couleur &amp;principale :</translation>
    </message>
    <message>
        <source>#rrggbb; white text must be readable on it (badges, menu).</source>
        <translation>#rrvvbb ; un texte blanc doit y être lisible (pastilles, menu).</translation>
    </message>
    <message>
        <source>A&amp;ccent colour:</source>
        <translation>Couleur d’a&amp;ccent :</translation>
    </message>
    <message>
        <source>#rrggbb; white text must be readable on it (call to action).</source>
        <translation>#rrvvbb ; un texte blanc doit y être lisible (appel à l’action).</translation>
    </message>
    <message>
        <source>Call to &amp;action:</source>
        <translation>&amp;Appel à l’action :</translation>
    </message>
    <message>
        <source>Call to action &amp;link:</source>
        <translation>&amp;Lien de l’appel :</translation>
    </message>
    <message>
        <source>Ne&amp;wsletter text:</source>
        <translation>Texte de la &amp;lettre d’information :</translation>
    </message>
    <message>
        <source>Newsletter l&amp;ink:</source>
        <translation>L&amp;ien de la lettre d’information :</translation>
    </message>
    <message>
        <source>French typography (no-break spaces before ; : ! ? and in « »)</source>
        <translation>Typographie française (espaces insécables avant ; : ! ? et dans « »)</translation>
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
        <translation>« %1 » n’est pas l’adresse d’un site (attendu : https://exemple.org/ avec la barre finale).</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone.</source>
        <translation>« %1 » n’est pas un fuseau horaire connu.</translation>
    </message>
    <message>
        <source>“%1” is not a colour (expected #rrggbb).</source>
        <translation>« %1 » n’est pas une couleur (attendu : #rrvvbb).</translation>
    </message>
    <message>
        <source>White text on %1 is too hard to read (contrast %2:1, at least 4.5:1 needed).</source>
        <translation>Un texte blanc sur %1 est trop difficile à lire (contraste %2:1, il faut au moins 4,5:1).</translation>
    </message>
    <message>
        <source>“%1” is not a web or mailto: address.</source>
        <translation>« %1 » n’est pas une adresse web ou mailto:.</translation>
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
        <translation>Impossible d’ajouter « %1 » à %2 : %3</translation>
    </message>
</context>
<context>
    <name>Relais::Theme</name>
    <message>
        <source>The site theme in “%1” has no templates.</source>
        <translation>Le thème du site dans « %1 » n’a aucun gabarit.</translation>
    </message>
    <message>
        <source>Cannot read the template “%1”: %2</source>
        <translation>Impossible de lire le gabarit « %1 » : %2</translation>
    </message>
    <message>
        <source>The template “%1” is not valid: %2</source>
        <translation>Le gabarit « %1 » n’est pas valide : %2</translation>
    </message>
    <message>
        <source>The site theme lacks the template “%1”.</source>
        <translation>Il manque le gabarit « %1 » au thème du site.</translation>
    </message>
    <message>
        <source>The template “%1” could not be rendered: %2</source>
        <translation>Le gabarit « %1 » n’a pas pu être rendu : %2</translation>
    </message>
</context>
<context>
    <name>Relais::TrashCommand</name>
    <message numerus="yes">
        <source>Move %n item(s) to the trash</source>
        <translation><numerusform>Mettre %n élément à la corbeille</numerusform><numerusform>Mettre %n éléments à la corbeille</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Restore %n item(s)</source>
        <translation><numerusform>Restaurer %n élément</numerusform><numerusform>Restaurer %n éléments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) moved to trash</source>
        <translation><numerusform>%n élément mis à la corbeille</numerusform><numerusform>%n éléments mis à la corbeille</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) restored</source>
        <translation><numerusform>%n élément restauré</numerusform><numerusform>%n éléments restaurés</numerusform></translation>
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
        <translation>Le nom d’adresse « %1 » ne peut contenir que des minuscules a–z, des chiffres et des tirets simples.</translation>
    </message>
    <message>
        <source>“%1” is not a section of the site.</source>
        <translation>« %1 » n’est pas une rubrique du site.</translation>
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
        <translation>« %1 » n’est pas un fuseau horaire connu.</translation>
    </message>
    <message>
        <source>“%1” is not a web address (expected https://…).</source>
        <translation>« %1 » n’est pas une adresse web (attendu : https://…).</translation>
    </message>
    <message>
        <source>A name or an organisation is required.</source>
        <translation>Un nom ou une structure est obligatoire.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address (expected name@example.org).</source>
        <translation>« %1 » n’est pas une adresse de courriel (attendu : nom@exemple.org).</translation>
    </message>
    <message>
        <source>“%1” is not a phone number (expected 06 49 78 62 28 or +33 6 49 78 62 28).</source>
        <translation>« %1 » n’est pas un numéro de téléphone (attendu : 06 49 78 62 28 ou +33 6 49 78 62 28).</translation>
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
    <name>main</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base</translation>
    </message>
</context>
</TS>