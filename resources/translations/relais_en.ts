<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>Relais</name>
    <message>
        <source>There is no database at “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the folder of “%1”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Relais::AgendaEditor</name>
    <message>
        <source>Name of the event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>made from the title when saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ends:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of the place, or “Online”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happens, for whom, how to take part (Markdown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Online &amp;link:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sections:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Relais::AgendaRepository</name>
    <message>
        <source>The agenda entry %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Relais::ArticleEditor</name>
    <message>
        <source>Title of the article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>made from the title when saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One or two sentences shown in lists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text of the article, in Markdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sections:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allow raw HTML in the body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep HTML written in the body (an embedded video, a form) instead of showing it as text. Only for HTML you trust: it goes to the site as it is.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Relais::ArticleRepository</name>
    <message>
        <source>The article %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Relais::CommandLine</name>
    <message>
        <source>The database file (default: %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list: print JSON (ISO 8601 UTC times).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import seed: move dates so the agenda falls in the coming weeks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run relais-cli --help for the commands.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list takes one of: articles, agenda, contacts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check takes no argument.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: import seed FILE [--demo].</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 problem(s) found:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no problem found (database version %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported %1 articles, %2 testimonials, %3 agenda entries and %4 contacts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relais command line: work on a Relais database without the window.

Commands:
  list articles|agenda|contacts [--json]   list the items (not those in the trash)
  check                                    check the database; exit code 1 on problems
  import seed FILE [--demo]                import a seed-site.json file in one transaction
  render --out DIR [--at ISO-DATETIME]     render the site as published at that time (default: now)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>render: the folder of the site.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>render: the time to render the site for (ISO 8601).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list, check, import or render.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: render --out DIR [--at ISO-DATETIME].</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a date and time (expected e.g. 2026-12-01T08:00:00Z).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rendered %1 files (%2 articles, %3 agenda entries, %4 kB) into %5; %6 old files removed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Relais::ContactChooserDialog</name>
    <message>
        <source>Link a contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search name, organisation, e-mail…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Relais::ContactEditor</name>
    <message>
        <source>First and last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One address per line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One number per line, e.g. 06 49 78 62 28</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Relais::ContactPicker</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(missing contact)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Relais::ContactRepository</name>
    <message>
        <source>The contact %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Relais::Database</name>
    <message>
        <source>“%1” is not a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a Relais database (it is not an SQLite file).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is damaged (the file is truncated).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened. It was left as it is; restore it from a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a Relais database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” was written by a newer version of Relais (database version %2; this version knows up to %3). Update Relais to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database “%1” could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database “%1” could not be read or written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database “%1” could not be upgraded to version %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The check of “%1” was stopped.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Relais::EntityEditor</name>
    <message>
        <source>Contacts have no page of their own on the site.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Relais::EntityListModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agenda entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Relais::EntityRepository</name>
    <message>
        <source>No item has the id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” no longer exists: it was deleted for good.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” was changed elsewhere since you opened it (revision %2, yours is %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The linked contact %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The address name “%1” is already used by another item; choose another one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>untitled item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” cannot be saved: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Relais::ItemEditor</name>
    <message>
        <source>Changed elsewhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep your version and overwrite the other one, or load the other version and lose your changes?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loaded the other version of “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved: the database is read-only.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Relais::ListPanel</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation><numerusform>%n item</numerusform><numerusform>%n items</numerusform></translation>
    </message>
    <message>
        <source>more than %L1 items</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Relais::MainWindow</name>
    <message>
        <source>Relais — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete for &amp;Good…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This item is in the trash. Restore it to edit it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted items stay here until the trash is emptied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose an item in the list, or create one with New (Ctrl+N).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your changes could not be saved:
%1

Discard them?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New item: it is saved as soon as it has a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not move to the trash: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not restore: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete for good</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) for good? This cannot be undone.</source>
        <translation><numerusform>Delete %n item for good? This cannot be undone.</numerusform><numerusform>Delete %n items for good? This cannot be undone.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) deleted for good</source>
        <translation><numerusform>%n item deleted for good</numerusform><numerusform>%n items deleted for good</numerusform></translation>
    </message>
    <message>
        <source>Could not delete: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Empty the trash</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete the %n item(s) in the trash for good? This cannot be undone.</source>
        <translation><numerusform>Delete the %n item in the trash for good? This cannot be undone.</numerusform><numerusform>Delete the %n items in the trash for good? This cannot be undone.</numerusform></translation>
    </message>
    <message>
        <source>Trash emptied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not empty the trash: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relais will use the new language the next time it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database could not be checked: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database “%1” is damaged: %2

Relais shows what it can read and will not write to the file. Close Relais and restore the file from a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read-only: the database is damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Damaged database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Preview in Browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No preview: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not open a browser for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview opened in your browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Site Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site settings saved</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Relais::MarkdownEdit</name>
    <message>
        <source>text of the link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>description of the image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No suggestion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add “%1” to the Dictionary</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Relais::MarkdownEditor</name>
    <message>
        <source>B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Heading level %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>• List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bulleted list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1. List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Numbered list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation><numerusform>%n word</numerusform><numerusform>%n words</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation><numerusform>%n character</numerusform><numerusform>%n characters</numerusform></translation>
    </message>
    <message>
        <source>H2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>H3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>H4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find in the text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n replacement(s)</source>
        <translation><numerusform>%n replacement</numerusform><numerusform>%n replacements</numerusform></translation>
    </message>
    <message>
        <source>Find/Replace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find and replace in the text</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Relais::PublicationFields</name>
    <message>
        <source>Publication:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Relais::SeedImporter</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is too large to import (%2 MB).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at line %3, column %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a seed file: it must hold one object with contacts, articles, testimonials and agenda.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: “%2” must be a list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2[%3] must be an object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no contact has the organisation “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a section of the site.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: %n problem(s) found.</source>
        <translation><numerusform>Nothing was imported from %1: %n problem found.</numerusform><numerusform>Nothing was imported from %1: %n problems found.</numerusform></translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, field “%2”: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must hold only text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be text or a list of texts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a date (expected YYYY-MM-DD).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a time (expected HH:MM).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a whole number of minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be true or false.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Relais::SiteBuilder</name>
    <message>
        <source>The page “%1” could not be made: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Relais::SiteFolder</name>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder “%1” is not empty and was not made by Relais; choose an empty folder for the site.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write in the folder “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused to write “%1”: it is not a path inside the site.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the folder of “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot remove the old file “%1”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Relais::SiteSettingsDialog</name>
    <message>
        <source>Site Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where the site is published, e.g. https://www.example.org/ (used in the feed and the sitemap).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Europe/Paris</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Main colour:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#rrggbb; white text must be readable on it (badges, menu).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;ccent colour:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#rrggbb; white text must be readable on it (call to action).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call to &amp;action:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call to action &amp;link:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ne&amp;wsletter text:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Newsletter l&amp;ink:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>French typography (no-break spaces before ; : ! ? and in « »)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Relais::SiteSettingsRepository</name>
    <message>
        <source>The site needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not the address of a site (expected https://example.org/ with the final /).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a known time zone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a colour (expected #rrggbb).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>White text on %1 is too hard to read (contrast %2:1, at least 4.5:1 needed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a web or mailto: address.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Relais::SpellChecker</name>
    <message>
        <source>The %1 dictionary is not installed (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot add “%1” to %2: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Relais::Theme</name>
    <message>
        <source>The site theme in “%1” has no templates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the template “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template “%1” is not valid: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The site theme lacks the template “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template “%1” could not be rendered: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Relais::TrashCommand</name>
    <message numerus="yes">
        <source>Move %n item(s) to the trash</source>
        <translation><numerusform>Move %n item to the trash</numerusform><numerusform>Move %n items to the trash</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Restore %n item(s)</source>
        <translation><numerusform>Restore %n item</numerusform><numerusform>Restore %n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) moved to trash</source>
        <translation><numerusform>%n item moved to trash</numerusform><numerusform>%n items moved to trash</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) restored</source>
        <translation><numerusform>%n item restored</numerusform><numerusform>%n items restored</numerusform></translation>
    </message>
</context>
<context>
    <name>Relais::Validation</name>
    <message>
        <source>A title is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The address name “%1” may only hold lower-case letters a–z, digits and single hyphens.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a section of the site.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A scheduled item needs a publication date and time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A start date is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The end comes before the start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a known time zone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a web address (expected https://…).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A name or an organisation is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an e-mail address (expected name@example.org).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a phone number (expected 06 49 78 62 28 or +33 6 49 78 62 28).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Relais::Vocabulary</name>
    <message>
        <source>Testimonial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>News</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postponed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>