<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Relais</name>
    <message>
        <source>The newsroom server %1 refused the password of “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newsroom server %1 refused the password of “%2” found in libpq&apos;s password file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database “%1” on the newsroom server %2:%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newsroom server %1 could not be reached safely: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newsroom server %1 is not answering (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newsroom server %1 does not let “%2” in: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the newsroom server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the newsroom was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsroom Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of “%1” on %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address “%1” holds a password. Relais never keeps passwords in addresses. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newsroom server %1 asks for the password of “%2”, and none was given. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newsroom server %1 is not taking connections at the moment (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline journal “%1” cannot be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted this item for good at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved a newer version at %2 while your changes waited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone saved a newer version while your changes waited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newsroom server %1 could not be reached safely: %2
It presents the certificate “%3”, issued by “%4”, valid until %5, SHA-256 fingerprint %6. Ask the newsroom&apos;s administrator whether this is their server&apos;s certificate; if it is, put their certificate authority in ~/.postgresql/root.crt or name it with sslrootcert= in the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” may no longer connect to the newsroom server %2: an administrator disabled this login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::ActivityDialog</name>
    <message>
        <source>Activity Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned to the writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored from the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored a revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided a submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed the team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::AgendaEditor</name>
    <message>
        <source>Name of the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made from the title when saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the place, or “Online”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens, for whom, how to take part (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online &amp;link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::AgendaExport</name>
    <message>
        <source>Making a PDF needs the graphical part of Qt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the PDF “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::AgendaRepository</name>
    <message>
        <source>The agenda entry %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::ArticleEditor</name>
    <message>
        <source>Title of the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made from the title when saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or two sentences shown in lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the article, in Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow raw HTML in the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep HTML written in the body (an embedded video, a form) instead of showing it as text. Only for HTML you trust: it goes to the site as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the text: spelling, typography and the page&apos;s language for screen readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Featured &amp;image:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::ArticleRepository</name>
    <message>
        <source>The article %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::AttachmentFetcher</name>
    <message>
        <source>“%1”: the server sent nothing for %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: only http and https addresses are downloaded, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: the server redirects to “%2”, which is not http or https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large: %2, at most %3 are downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large: more than %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be downloaded: the server answered %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be downloaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a picture (JPEG, PNG, GIF, WebP) or a PDF, whatever the server says (%2); it was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::CalendarPage</name>
    <message>
        <source>Save the Month as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the month as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planning board: a column for each state of the workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the Month…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Month as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts without a date — drag one onto a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag an item to another day (in a week, to another hour); double-click or Enter opens it; Ctrl+arrows move it by a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testimonials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, written by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts without a date (%1) — drag one onto a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is read-only: “%1” was not moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a Published Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already published (%2). Move it to %3? Its page will show the new date at the next publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not moved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to Writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does “%1” go back to %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is read-only: “%1” was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot go from %2 to %3 as %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send for &amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;turn to Writer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to &amp;Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not for %1 on an item %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the &amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1: %2–%3</source>
        <comment>week number, first and last day</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::CalendarRepository</name>
    <message>
        <source>“%1” needs a start: an agenda entry is always on a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot go from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::CalendarView</name>
    <message>
        <source>+%1</source>
        <comment>items of a day that do not fit its cell</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::ChangeFeedWorker</name>
    <message>
        <source>The newsroom %1 does not tell its changes: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::CommandLine</name>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run relais-cli --help for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n agenda entries exported to %1.</source>
        <translation>
            <numerusform>%n agenda entry exported to %1.</numerusform>
            <numerusform>%n agenda entries exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) exported to %1.</source>
        <translation>
            <numerusform>%n contact exported to %1.</numerusform>
            <numerusform>%n contacts exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relais-cli COMMAND --help lists the options of a command. A password file must be readable by its owner only (chmod 600); passwords are never taken on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: relais-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relais command line: work on a Relais database without the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the commands below, with its arguments and options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file (default: %1), or a newsroom: postgresql://USER@HOST:PORT/DATABASE (the password from ~/.pgpass or PGPASSFILE).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::CommentRepository</name>
    <message>
        <source>There is no comment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment is too long (%1 characters; %2 at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment %1 is about another item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only its author, %1, may change or delete this comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment %1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment needs some text; delete it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment is resolved by its author, the item&apos;s writer or an editor; %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::ConflictDialog</name>
    <message>
        <source>&amp;Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make It Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on Both Sides — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next publish writes this version over the server&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item takes the server&apos;s title and text; nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide later: the item is not published meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next publish makes a new post for this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — deleted on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — changed on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Relais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post (number %1) was deleted on the server or moved to its trash. Relais does not make it again without your word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;em&gt;Deleted.&lt;/em&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in Relais and, since the last publish, on the server too (%1). Nothing was overwritten; choose which version stays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::ConnectDialog</name>
    <message>
        <source>Connect to Newsroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A newsroom is a Relais database on a PostgreSQL server, shared by the whole team. Ask its administrator for these details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the keyring or ~/.pgpass when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate and name (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted, certificate not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted when the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted (this computer or a trusted network only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: a Relais newsroom (database version %1), as “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::ConnectionTest</name>
    <message>
        <source>The connection works: Relais can read and write there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::Console</name>
    <message>
        <source>There is no database at “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password for “%1”: %2
Give --password-file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::ContactChooserDialog</name>
    <message>
        <source>Link a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, organisation, e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::ContactCsv</name>
    <message>
        <source>%1 is not UTF-8; it was read as Latin-1 (Western European), as older spreadsheets write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CSV file (it holds binary data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: a quoted cell is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3 cells where the header has %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: columns separated by “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: no name and no organisation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::ContactEditor</name>
    <message>
        <source>First and last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One address per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One number per line, e.g. 06 49 78 62 28</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::ContactImportDialog</name>
    <message>
        <source>Import Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate: %1 (line %2) is already there as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n card(s) read</source>
        <translation>
            <numerusform>%1: %n card read</numerusform>
            <numerusform>%1: %n cards read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n that cannot be read (not imported)</source>
        <translation>
            <numerusform>, %n that cannot be read (not imported)</numerusform>
            <numerusform>, %n that cannot be read (not imported)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in Relais.</source>
        <translation>
            <numerusform>, %n already in Relais.</numerusform>
            <numerusform>, %n already in Relais.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is stored until you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import, &amp;Skip Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import, &amp;Merge Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 created, %2 merged, %3 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::ContactPicker</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(missing contact)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::ContactRepository</name>
    <message>
        <source>The contact %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::CsvMappingDialog</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the CSV File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s). Choose the column of each field; the first rows as they will be imported:</source>
        <translation>
            <numerusform>%n row. Choose the column of each field; the first rows as they will be imported:</numerusform>
            <numerusform>%n rows. Choose the column of each field; the first rows as they will be imported:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Relais::Database</name>
    <message>
        <source>Cannot open “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened. It was left as it is; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a Relais database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Relais (database version %2; this version knows up to %3). Update Relais to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” could not be upgraded to version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check of “%1” was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Relais database (it is not an SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged (the file is truncated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row of table %1 refers to a missing row of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you may read the file but not write it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you may not write in its folder, where SQLite keeps its journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk that holds “%1” is full (%2 free); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” may be read but not written (%2); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system refused it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is writing to “%1” and did not finish within 5 seconds; nothing was changed. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” could not be read or written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be brought up to this version of Relais, which needs writing it, but %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed by another program while it was read as it stood; open it again to see the changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the newsroom server %1 was lost (%2); what was being saved was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newsroom server %1 has no disk space left; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newsroom server %1 accepts only reads at the moment; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newsroom server %1 refused this: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another person was changing the same items on %1; nothing was changed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newsroom %1 could not be read or written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Relais cannot reach a newsroom: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” on %2:%3 holds tables of another program; it is not a Relais newsroom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” on %2:%3 is empty: it is not a Relais newsroom yet. Make it one with: relais-cli --database %4 db init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newsroom %1 was made by a newer version of Relais (database version %2; this version knows up to %3). Update Relais to work in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newsroom %1 could not be upgraded to version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the newsroom server %1 was lost; Relais tries again in a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last administrator of the newsroom %2; make somebody else an administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newsroom %1 refused this to %2, who is %3: only %4 or above may do it (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a contributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no role of this newsroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newsroom %1 refused this to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords are those of a newsroom&apos;s logins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of “%1” could not be prepared: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As %1, %2 may write only drafts they wrote and have not sent for review; an editor or an administrator may do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newsroom %1 could not be upgraded to version %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::DatabaseCommands</name>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an empty PostgreSQL database a Relais newsroom (its tables, search and schema version), or create a database file. Changes nothing in a database that is one already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the database is: engine, address or file, schema version, user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Relais database (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Relais newsroom already (version %2); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now a Relais newsroom (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite (one local file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsroom: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy everything into an empty database, in one transaction: --from a file or newsroom into --database (moving to a newsroom), or --database into --to (a backup, a copy to take away). Counts and checksums are compared before the commit; passwords are never in a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to copy from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to copy to (a new file, or an empty newsroom).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --from (into --database) or --to (from --database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” exists already; copy into a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1 into %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 rows into %2; counts and checksums agree.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::DatabaseCopy</name>
    <message>
        <source>%1 rows of %2 refer to missing %3; they are not copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (version %2) and “%3” (version %4) are not of the same version of Relais; open both with this Relais first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not empty (its table %2 holds %3 rows); copy into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of %2 could not be copied: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of %1 differs from its source (%2 rows read, %3 written); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be copied: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not empty; copy into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator of the newsroom %1 may copy a database into it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::EntityEditor</name>
    <message>
        <source>Contacts have no page of their own on the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” kept on this computer cannot be read back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A newer version was saved while your changes waited on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::EntityListModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is editing this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are editing this item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::EntityRepository</name>
    <message>
        <source>“%1” no longer exists: it was deleted for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed elsewhere since you opened it (revision %2, yours is %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked contact %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address name “%1” is already used by another item; choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not changed. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::ExchangeCommands</name>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: the separator, a comma (default) or a semicolon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: start with a byte-order mark (for spreadsheets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda for calendars, spreadsheets, print and the newsletter (default: 3 months from today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day (default: in 3 months).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this section (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the published entries (default), or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep cancelled events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: dates as 22/11/2017 11:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contacts for address books and spreadsheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard 3.0 for older address books.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts from address books (vCard 3.0 or 4.0) or spreadsheets (CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .vcf or .csv file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do with contacts already there: skip (default), merge, or import them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the readable cards when some are not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format is ics, csv, pdf or newsletter, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are written 2026-12-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status is published or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The separator is , or ;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsletter of %1 events and %2 articles: %3 (plain text: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format of contacts is vcf or csv, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--duplicates is skip, merge or import, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is larger than 200 MB; it is not an address book Relais reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported: %1 readable card(s), %2 problem(s). Fix the file, or give --skip-invalid to import the readable cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts: %1 created, %2 merged, %3 skipped as duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::ExportDialog</name>
    <message>
        <source>Include &amp;cancelled events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a byte-order &amp;mark (older spreadsheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;French dates (22/11/2017 11:30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar (calendar applications)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (printable A4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All, drafts included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ; (French spreadsheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections (none: all):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;parator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n agenda entries match.</source>
        <translation>
            <numerusform>%n agenda entry matches.</numerusform>
            <numerusform>%n agenda entries match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 written (%n entries).</source>
        <translation>
            <numerusform>%1 written (%n entry).</numerusform>
            <numerusform>%1 written (%n entries).</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;olumns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page on the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent to the printer (%n entries).</source>
        <translation>
            <numerusform>Sent to the printer (%n entry).</numerusform>
            <numerusform>Sent to the printer (%n entries).</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n entries…</source>
        <translation>
            <numerusform>Exporting %n entry…</numerusform>
            <numerusform>Exporting %n entries…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Relais::FeaturedImagePicker</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Featured Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown at the top of the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 — no description: add one in the Media Library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 — “%3”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::HistoryRepository</name>
    <message>
        <source>A revision of the history is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 is not in the history of this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history of this item is damaged before revision %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revision could not be compressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database keeps no history yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 of the history is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::HttpSession</name>
    <message>
        <source>(gave up after %1 tries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server did not answer within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name “%1” could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answers at %1 (connection refused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2). Its SHA-256 fingerprint is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 stopped answering (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name could not be found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::InboxFetcher</name>
    <message>
        <source>The folder %1done/ cannot be made on “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be moved out of the inbox: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no inbox folder “%1” on “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inbox “%1” of “%2” cannot be listed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer of “%1” to the listing of its inbox is not usable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a submission file (name.json); left in the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be downloaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a submission file (%2); left in the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than a million files listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not WebDAV XML (%1, line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a WebDAV listing (no multistatus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::ItemCommands</name>
    <message>
        <source>“%1” is not an item&apos;s id (a UUID, as list prints it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no item with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON: every field, times in ISO 8601 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title (a contact&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An article&apos;s summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file whose text (Markdown) becomes the body: an article&apos;s text, an agenda entry&apos;s description, a contact&apos;s notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft, scheduled, published or archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it is published (ISO 8601).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A section (several: the option again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agenda entry&apos;s start (ISO 8601).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agenda entry&apos;s end (ISO 8601).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where an agenda entry takes place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change it only if it is still at this revision; exit code 3 when someone saved a newer one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item; prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one item: every field, with its revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item&apos;s id, as list prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change fields of one item; never over a revision saved meanwhile (exit code 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print each change other sessions commit, one line each, until interrupted; goes on after the connection is lost and found again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is larger than %2: not a text to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact has no --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agenda entry has no --summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status takes draft, scheduled, published or archived, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--publish-at: “%1” is not a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agenda entry needs --start, a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--end: “%1” is not a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add takes one of: article, testimonial, agenda, contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expect-revision takes a revision number (1 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> It was saved by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed meanwhile: it is at revision %2, you expected %3; nothing was changed.%4 Read it again (relais-cli show %1) and redo the edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved: revision %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost, trying again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected again; what was missed follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching %1; Ctrl+C stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agenda entry&apos;s new start (ISO 8601); without --end it keeps its length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agenda entry&apos;s new end (ISO 8601).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An article has no --%1: its date is --publish-at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: “%2” is not a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::ItemEditor</name>
    <message>
        <source>Changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your version and overwrite the other one, or load the other version and lose your changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the other version of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the database is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does “%1” show? Visitors who cannot see pictures (screen readers, slow connections) get this text instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the fields that differ between your version and theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your version over theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show their version; your unsaved edits are dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the item; what you typed is dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted “%2” for good at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted this item for good at %2. What you typed is still here: copy what you want to keep, then close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was updated by %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved a newer version at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Versions of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no field differs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: %1 Your text stays here and is sent again every %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved “%2” to the trash at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is editing this item too. Saves never overwrite each other unasked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are editing this item too. Saves never overwrite each other unasked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: “%1” is kept on this computer and sent when the newsroom answers again (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::JobProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::JsonFormat</name>
    <message>
        <source>The field “%1” has a wrong value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::JsonListStream</name>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something follows the end of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name is missing in an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a colon is missing after a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comma or “}” is missing after a value in an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comma or “]” is missing after a value in a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a \u escape is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backslash escape is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text has no closing quotation mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number is too big</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number is not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the syntax is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must hold one object, not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it nests lists and objects deeper than %1 levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must hold one object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: a NUL byte at line %2, column %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file Relais can import: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at line %3, column %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::ListPanel</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>more than %L1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for my review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::MainWindow</name>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for &amp;Good…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is in the trash. Restore it to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted items stay here until the trash is emptied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item in the list, or create one with New (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes could not be saved:
%1

Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item: it is saved as soon as it has a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relais will use the new language the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” is damaged: %2

Relais shows what it can read and will not write to the file. Close Relais and restore the file from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: the database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open a browser for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview opened in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site settings saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ublish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publishing Targets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published (no target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpublished changes since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last published %1. File → Publish sends the changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All published (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Agenda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard 4.0 (*.vcf);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) exported</source>
        <translation>
            <numerusform>%n contact exported</numerusform>
            <numerusform>%n contacts exported</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is larger than 200 MB; it is not an address book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address books (*.vcf *.vcard *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links are not followed in the preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Pre&amp;view Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Media Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article or an agenda entry to see its page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bmissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submissions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new submission(s) to review</source>
        <translation>
            <numerusform>%n new submission to review</numerusform>
            <numerusform>%n new submissions to review</numerusform>
        </translation>
    </message>
    <message>
        <source>From the submission “%1” (%2). It is approved when this item is first saved; choose its status before publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving “%1”: edit the item, then save it as a draft, scheduled or published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, but the approval could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved and approved: the item keeps its link to the submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The submission gives no usable date: the start shown is a placeholder, set the real one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: you may not write this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may read “%1” but not change it: %2. Ask whoever owns it, or copy it to a folder of yours to work on the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: colleagues&apos; changes are not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Relais keeps trying; the lists are read again once the server answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back in touch with the newsroom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to Newsroom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relais databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline edits cannot be kept on this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes wait on this computer and are sent when the newsroom answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n change(s) waiting</source>
        <translation>
            <numerusform>Offline — %n change waiting</numerusform>
            <numerusform>Offline — %n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting on this computer</source>
        <translation>
            <numerusform>%n change waiting on this computer</numerusform>
            <numerusform>%n changes waiting on this computer</numerusform>
        </translation>
    </message>
    <message>
        <source>What you typed while the newsroom did not answer is kept on this computer and sent when it answers. File → Changes Waiting on This Computer shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) typed while the newsroom did not answer were saved.</source>
        <translation>
            <numerusform>%n change typed while the newsroom did not answer was saved.</numerusform>
            <numerusform>%n changes typed while the newsroom did not answer were saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept on this computer need your choice: someone else saved those items meanwhile. File → Changes Waiting on This Computer.</source>
        <translation>
            <numerusform>%n change kept on this computer needs your choice: someone else saved that item meanwhile. File → Changes Waiting on This Computer.</numerusform>
            <numerusform>%n changes kept on this computer need your choice: someone else saved those items meanwhile. File → Changes Waiting on This Computer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes &amp;Waiting on This Computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes %2; you are %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That item is no longer there (deleted, or in the trash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The articles and agenda entries you wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To Review (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting for my review: %n item(s) in review, assigned to you or to no one</source>
        <translation>
            <numerusform>Waiting for my review: %n item in review, assigned to you or to no one</numerusform>
            <numerusform>Waiting for my review: %n items in review, assigned to you or to no one</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Activity Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submissions take a moderator, an editor or an administrator; you are %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving somebody else&apos;s item, or one sent for review, to the trash takes an editor or an administrator; you are %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The editorial calendar and the planning board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you type cannot be kept for recovery: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recovered %n word(s) typed in “%1” before Relais closed (kept at %2); the item&apos;s history keeps the version before them.</source>
        <translation>
            <numerusform>Recovered %n word typed in “%1” before Relais closed (kept at %2); the item&apos;s history keeps the version before it.</numerusform>
            <numerusform>Recovered %n words typed in “%1” before Relais closed (kept at %2); the item&apos;s history keeps the version before them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovered the changes made to “%1” before Relais closed (kept at %2); the item&apos;s history keeps the version before them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::Manifest</name>
    <message>
        <source>The manifest is not JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest is not a Relais manifest (format “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest has no list of files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest&apos;s entry “%1” is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed on the server (%n):</source>
        <translation>
            <numerusform>Changed on the server (%n):</numerusform>
            <numerusform>Changed on the server (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added on the server (%n):</source>
        <translation>
            <numerusform>Added on the server (%n):</numerusform>
            <numerusform>Added on the server (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missing on the server (%n):</source>
        <translation>
            <numerusform>Missing on the server (%n):</numerusform>
            <numerusform>Missing on the server (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Relais::Markdown</name>
    <message>
        <source>link removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picture not loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::MarkdownEdit</name>
    <message>
        <source>text of the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description of the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1” to the Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted picture could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::MarkdownEditor</name>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>H2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s)</source>
        <translation>
            <numerusform>%n replacement</numerusform>
            <numerusform>%n replacements</numerusform>
        </translation>
    </message>
    <message>
        <source>Find/Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and replace in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) without a description: write what it shows between ![ and ], for visitors who cannot see it.</source>
        <translation>
            <numerusform>%n picture without a description: write what it shows between ![ and ], for visitors who cannot see it.</numerusform>
            <numerusform>%n pictures without a description: write what it shows between ![ and ], for visitors who cannot see it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the media store, so not on the site: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::MediaCommands</name>
    <message>
        <source>No picture of the media store is named “%1” (relais-cli media list shows them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture&apos;s name, as media list shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store a picture (JPEG, PNG, GIF) with its web copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture&apos;s description (alt text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slug of the article it is the featured image of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pictures of the media store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the pictures nothing shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a picture&apos;s description (alt text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a picture; only one that nothing shows can be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article has the slug “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored %1 (%2 × %3) as %4; write it in a text as ![description](%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has no description: add one with media describe %1 --alt TEXT (visitors who cannot see it read it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Featured image of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pictures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still shown by an article or agenda entry (or one in the trash); it stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::MediaLibraryDialog</name>
    <message>
        <source>Media Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name on the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only pictures no item uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Unused…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the picture shows, for visitors who cannot see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n picture</numerusform>
            <numerusform>%n pictures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unused</source>
        <translation>
            <numerusform>%n unused</numerusform>
            <numerusform>%n unused</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Unused Pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n picture(s) that no article or agenda entry uses? They cannot be restored.</source>
        <translation>
            <numerusform>Remove %n picture that no article or agenda entry uses? They cannot be restored.</numerusform>
            <numerusform>Remove %n pictures that no article or agenda entry uses? They cannot be restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Relais::MediaRepository</name>
    <message>
        <source>There is no picture “%1” in the media store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a file of the media store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::Moderation</name>
    <message numerus="yes">
        <source>Probably spam: %n link(s).</source>
        <translation>
            <numerusform>Probably spam: %n link.</numerusform>
            <numerusform>Probably spam: %n links.</numerusform>
        </translation>
    </message>
    <message>
        <source>Probably spam: the field hidden from people was filled in, as robots do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probably spam: contains the blocked word “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate of the agenda entry “%1” the same day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate of the submission “%1” (id %2) the same day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No start date: an agenda entry needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is past (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end (%1) comes before the start (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No place: neither a location, an address nor an online link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The submission %1 is already approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The submission %1 cannot become an agenda entry: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The submission %1 cannot become an article: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A submission is approved as “agenda” or “article”, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rejection needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments (not downloaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1 from %2, id %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::ModerationCommands</name>
    <message>
        <source>The submission: its number or its id, as list submissions shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import announcements sent in by the public (docs/submission-format.md, or a form service&apos;s CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .json or .csv file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they come from (default: file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The submissions in a state, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which submissions (default: new).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve a submission: it becomes an agenda entry or an article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it becomes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its status (default: draft).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject a submission, with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, for the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a submission as a duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a decided submission back in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect the submissions: the inbox folder of WebDAV targets, the pending posts of WordPress targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target (default: every target).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file holding the password, readable by its owner only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large to be a file of submissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new submissions: %1, already there: %2, not taken: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state is new, approved, rejected, duplicate or all, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate approve needs --as agenda or --as article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status of an approved item is draft or published, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved %1: %2 %3 made (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate reject needs --reason TEXT: the reason is kept with the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked %1 as a duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no target to fetch submissions from; add one with: target add webdav|wordpress NAME --url URL --user USER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: pending posts: %2, new submissions: %3, already there: %4, moved to the trash after a decision: %5 (%6 ms, %7 requests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: files in the inbox: %2, new submissions: %3, already there: %4, moved out after a decision: %5 (%6 ms, %7 requests).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::ModerationController</name>
    <message>
        <source>&amp;Next Submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve as A&amp;genda Entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve as A&amp;rticle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write to the Submitter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Raw &amp;Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;urge Raw Payload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fetch Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve as Agenda Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve as Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This submission is already approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made from the submission “%1” sent by %2 (%3), received %4; approved by %5 on %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database refused the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This submission has no e-mail address to write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail program opened the message to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw Payload of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge Raw Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the payload of “%1” exactly as it was received? What Relais read from it and the decisions stay. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The raw payload was purged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 new, %3 already there, %4 not taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings about fields: %1 (shown in each submission&apos;s review).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no publishing target to fetch submissions from: add one in Site → Publishing Targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the inbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the inbox of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Decision recorded for %n submission(s).</source>
        <translation>
            <numerusform>Decision recorded for %n submission.</numerusform>
            <numerusform>Decision recorded for %n submissions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Submissions (*.json *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large to be a file of submissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download A&amp;ttachment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (%2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox: %1 new submissions, %2 already there, %3 moved out after a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing imported (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submissions take a moderator, an editor or an administrator; you are %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::NotificationBell</name>
    <message>
        <source>%1 sent “%2” for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approved “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 returned “%2” to you: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 assigned “%2” to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mentioned you on “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 commented on “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 published “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n unread notification</numerusform>
            <numerusform>%n unread notifications</numerusform>
        </translation>
    </message>
    <message>
        <source>No unread notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing yet: what others do about your items shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark All as Read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::OfflineJournal</name>
    <message>
        <source>Cannot make the folder “%1” for the offline journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the offline journal “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline journal “%1” is damaged; move it away to start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a kind of item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::OpenFiles</name>
    <message>
        <source>“%1” is the Relais database in use (or one of its companion files); Relais does not read or write it as another file. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::PasswordPrompt</name>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 on %2 (kept until Relais quits: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::PasswordVault</name>
    <message>
        <source>The keyring has no password for this target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desktop keyring is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop keyring cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop keyring refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no password file “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file “%1” can be read or changed by other users; make it private first (chmod 600 %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file “%1” is too long to hold a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file “%1” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::PeopleRepository</name>
    <message>
        <source>A database file has one person, its administrator; people and roles are those of a newsroom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newsroom %1 has no people yet: open it with this Relais once to bring it up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role is contributor, moderator, editor or administrator, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of “%1” is too short: 8 characters at least.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::PlanningBoard</name>
    <message>
        <source>Published this week (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::PreviewPane</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page as a computer&apos;s browser shows it (%1 pixels wide), scaled to the pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page as a phone shows it (%1 pixels wide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this page in the system&apos;s web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article or an agenda entry to see its page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::PublicationFields</name>
    <message>
        <source>Publication:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::PublishCommands</name>
    <message>
        <source>A file holding the password, readable by its owner only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target (default: every target).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a publishing target: a WebDAV folder, or a WordPress site with an application password. The password goes to the desktop keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder&apos;s or the site&apos;s address (http or https).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publishing targets and when each was published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a publishing target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a target and say what works: the address, the password, the rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the site; exit code 0 only when the server holds the render.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when items became due since the last publish (for a timer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the plan, send nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite the site even when somebody else changed it on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the site as it is at this time (ISO 8601).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target “%1” removed (its password stays in the keyring until you remove it there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target is webdav or wordpress, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target “%1” added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is in the desktop keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not stored: %1
Give --password-file to each publish instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date and time (expected e.g. 2026-12-01T08:00:00Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no publishing target; add one with: target add webdav NAME --url URL --user USER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing became due since the last publish (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uploaded, %2 deleted, %3 failed, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publish runs, newest first (an item&apos;s revisions: history ITEM).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::PublishDialog</name>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overwrite and Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems and details appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no publishing target yet. Add one in Settings → Publishing Targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the password of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published: no password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publish of %1 did not finish; the %2 steps that arrived are not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) rendered (%1).</source>
        <translation>
            <numerusform>%n page rendered (%1).</numerusform>
            <numerusform>%n pages rendered (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Careful: the site on the server is not the one this database published last. Overwrite it, or cancel and find out who changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to publish: the server already holds this site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published: %1 uploaded, %2 deleted, in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1 uploaded, %2 deleted. The next publish goes on from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not finished: %1 uploaded, %2 deleted, %3 failed. The next publish goes on from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A publish to %1 is under way (scheduled items); try again when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items changed both here and on the server, or deleted there, wait for your decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts: %1 to create, %2 to update, %3 to restore, %4 to move to the trash, %5 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 scheduled posts were missed by WordPress and will be published now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pictures to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user may not publish on the site: the posts are submitted for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for &amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to send: the site already has these posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published: %1 posts created, %2 updated, %3 restored, %4 moved to the trash, in %5 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1 posts sent. The next publish goes on from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not finished: %1 posts sent, %2 failed. The next publish goes on from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 posts WordPress had not published on time were published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed both here and on the server, not sent until you decide (Resolve…): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted on the server, not made again until you decide (Resolve…): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your decision (changed on both sides, or deleted on the server): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan again and go on from where the last run stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::PublishHistoryDialog</name>
    <message>
        <source>Publish History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::PublishPlan</name>
    <message>
        <source>Nothing to publish: the server already holds this site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to upload</source>
        <translation>
            <numerusform>%n file to upload</numerusform>
            <numerusform>%n files to upload</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to delete</source>
        <translation>
            <numerusform>%n to delete</numerusform>
            <numerusform>%n to delete</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Relais::PublishRepository</name>
    <message>
        <source>A target needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than 80 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no publishing target named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publishing target no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target named “%1” exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted; resumed by a later run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publish plan could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The render cache could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a kind of target (webdav or wordpress).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::PublishScheduler</name>
    <message>
        <source>Scheduled items are due on %1; publish them with File → Publish (no password at hand).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled publish to %1 stopped: the site on the server changed. Use File → Publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled items published to %1 (%2 files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled publish to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled items published to %1 (%2 posts).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::PublishTargetsDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificate (SHA-256): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; the password is in the desktop keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. %1 The password is kept until Relais quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the target “%1”? The site on the server stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this one certificate (then save and test again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web server folder (WebDAV): the static site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WordPress site: posts through its REST API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application password (WordPress → Users → Profile → Application Passwords), not the login password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::Publisher</name>
    <message>
        <source>Reading what %1 holds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest on the server cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somebody else published to this place: its manifest was not written from this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site on the server changed since this database last published it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest this database wrote to the server is gone: the site there was removed or replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering the site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder for the rendered site: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renderer made a path that cannot be published: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site on the server changed since this database published it; not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publish could not be recorded in the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 of %3 steps were done; the next publish goes on from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somebody else is publishing to %1 right now (from another desktop or relais-cli); nothing was sent. Publish again when they are done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::RecoveryJournal</name>
    <message>
        <source>Cannot make the folder “%1” for the recovery journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery journal “%1” is held by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery journal “%1” cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery journal “%1” cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::RejectDialog</name>
    <message numerus="yes">
        <source>Reject %n Submission(s)</source>
        <translation>
            <numerusform>Reject %n Submission</numerusform>
            <numerusform>Reject %n Submissions</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose or write a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More details, kept with the decision (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write to the submitter afterwards (opens your mail program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::RemotePath</name>
    <message>
        <source>“%1” is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has no server name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the user name in its own field, not in the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must not have a query (?…) or a fragment (#…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a path Relais sends to a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” would leave the site&apos;s folder on the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::SeedImporter</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a seed file: it must hold one object with contacts, articles, testimonials and agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2[%3] must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no contact has the organisation “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a section of the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: %n problem(s) found.</source>
        <translation>
            <numerusform>Nothing was imported from %1: %n problem found.</numerusform>
            <numerusform>Nothing was imported from %1: %n problems found.</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must hold only text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text or a list of texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date (expected YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time (expected HH:MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::ServerAddress</name>
    <message>
        <source>“%1” is not a newsroom address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write it as postgresql://USER@HOST:PORT/DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no database (…/DATABASE at the end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a connection setting Relais passes on (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of “%1” may not be empty nor hold spaces, quotes, semicolons or equals signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window asks for it and keeps it in the desktop keyring; relais-cli reads it from libpq&apos;s password file (~/.pgpass, or the file PGPASSFILE names, readable by you only), one line HOST:PORT:DATABASE:USER:PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::ServerCertificate</name>
    <message>
        <source>This computer cannot read TLS certificates (no TLS library).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer the request for TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not offer TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no TLS connection could be made (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presents no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::SiteBuilder</name>
    <message>
        <source>The page “%1” could not be made: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::SiteCommands</name>
    <message>
        <source>Print JSON: every field, times in ISO 8601 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the items (not those in the trash), one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database without changing it; exit code 1 when it has problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a seed-site.json file in one transaction: all of it, or nothing when anything is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed-site.json file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the dates so that the agenda falls in the coming weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the site as published at a time (default: now); only the pages whose content changed are made again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time to render the site for (ISO 8601).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make every page again, changed or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list takes one of: articles, agenda, contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 problem(s) found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged; it was left as it is. Restore it from a backup made while no Relais program had it open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no problem found (database version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 articles, %2 testimonials, %3 agenda entries and %4 contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date and time (expected e.g. 2026-12-01T08:00:00Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendered %1 files (%2 articles, %3 agenda entries, %4 kB) into %5; %6 old files removed, %7 unchanged since the last render (not made again; --full makes every page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the items whose words start with these (accents and case ignored), as the window&apos;s search finds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--search needs a word of two letters or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 % read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::SiteFolder</name>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” is not empty and was not made by Relais; choose an empty folder for the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in the folder “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to write “%1”: it is not a path inside the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the old file “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::SiteSettingsDialog</name>
    <message>
        <source>Site Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the site is published, e.g. https://www.example.org/ (used in the feed and the sitemap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Europe/Paris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Main colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#rrggbb; white text must be readable on it (badges, menu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccent colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#rrggbb; white text must be readable on it (call to action).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call to &amp;action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call to action &amp;link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;wsletter text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsletter l&amp;ink:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French typography (no-break spaces before ; : ! ? and in « »)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submissions from the public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form receiver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of resources/server/receiver.php on your web server; the site then gets an “Annoncez vos infos” form page and the call to action leads to it. Empty: no form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inbox folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of each WebDAV target where the receiver leaves submissions, e.g. inbox/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete inbox files after a decision (else they move to done/ in the inbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blocked words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One word or phrase a line: a submission containing one is marked as probable spam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rejection reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One reason a line, offered when a submission is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publication time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of day (HH:MM) a draft dropped on a day of the calendar is planned for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::SiteSettingsRepository</name>
    <message>
        <source>The site needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not the address of a site (expected https://example.org/ with the final /).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a known time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a colour (expected #rrggbb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White text on %1 is too hard to read (contrast %2:1, at least 4.5:1 needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web or mailto: address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not the web address of a form receiver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a folder of the target (expected a name such as inbox/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time of day (expected HH:MM, such as 08:00).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::SpellChecker</name>
    <message>
        <source>The %1 dictionary is not installed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add “%1” to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::Store</name>
    <message>
        <source>“%1” was changed elsewhere since you opened it (revision %2, yours is %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no item with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::Submission</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked as a duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purged the raw payload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::SubmissionCsv</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind (event or news)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::SubmissionListModel</name>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::SubmissionParser</name>
    <message>
        <source>“%1” is too large (%2, at most %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds no submission: a file of submissions is a JSON object or an array of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not valid JSON: something follows the submission at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends before the list of submissions is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends in the middle of this submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty (two commas in a row?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too large (%1, at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is nested too deeply (%1 levels, at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid UTF-8 text (byte %1 of the file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid JSON (%1 at byte %2 of the file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this id was already used by an earlier submission of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be text, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invisible characters removed (direction overrides, zero-width or control characters): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be a date and time as text (2026-12-01T18:00:00+01:00), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date and time (write 2026-12-01T18:00:00+01:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a day of the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no such time zone offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be true or false, not %1. Taken as false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be a list, not %1. Left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be text, not %1. Left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an http or https address. Left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a section of the site. Left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an http, https or mailto address. Left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an e-mail address. Left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be an object, not %1. Left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be a size in bytes. Left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an http or https address. Attachment left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too long (%1 characters, at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has too many items (%1, at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither “event” nor “news”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submission %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submission %1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, field “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::SubmissionQueue</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which submissions the queue shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the submissions came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::SubmissionRepository</name>
    <message>
        <source>another submission with this id, and different content, is already stored; the stored one is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no submission number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two sources sent a submission with the id “%1”: give its number instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no submission “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approval names the item made from the submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use purgeRaw() to purge a payload.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::SubmissionView</name>
    <message>
        <source>Choose a submission in the queue.

J and K go to the next and previous one; A approves, R rejects, D marks a duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · from %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>probably spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) selected: Reject and Duplicate apply to each of them.</source>
        <translation>
            <numerusform>%n submission selected: Reject and Duplicate apply to each of them.</numerusform>
            <numerusform>%n submissions selected: Reject and Duplicate apply to each of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Relais::TaskJob</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::TeamDialog</name>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person connects with a login of their own; the newsroom&apos;s server enforces what their role allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database file has one person, its administrator; people and roles are those of a newsroom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managing people takes an administrator; you are %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A first password has 8 characters or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower-case letters, digits, _ . -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; nobody was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1 from connecting again? What they wrote stays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::Theme</name>
    <message>
        <source>The site theme in “%1” has no templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the template “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template “%1” is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site theme lacks the template “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template “%1” could not be rendered: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::TrashCommand</name>
    <message numerus="yes">
        <source>Move %n item(s) to the trash</source>
        <translation>
            <numerusform>Move %n item to the trash</numerusform>
            <numerusform>Move %n items to the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n item(s)</source>
        <translation>
            <numerusform>Restore %n item</numerusform>
            <numerusform>Restore %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) moved to trash</source>
        <translation>
            <numerusform>%n item moved to trash</numerusform>
            <numerusform>%n items moved to trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) restored</source>
        <translation>
            <numerusform>%n item restored</numerusform>
            <numerusform>%n items restored</numerusform>
        </translation>
    </message>
    <message>
        <source>Move “%1” to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::TrashController</name>
    <message>
        <source>Could not move to the trash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n item for good? This cannot be undone.</numerusform>
            <numerusform>Delete %n items for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) deleted for good</source>
        <translation>
            <numerusform>%n item deleted for good</numerusform>
            <numerusform>%n items deleted for good</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n item(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the %n item in the trash for good? This cannot be undone.</numerusform>
            <numerusform>Delete the %n items in the trash for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trash emptied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not empty the trash: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::UserCommands</name>
    <message>
        <source>The person&apos;s login on the newsroom&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person to the newsroom, with a login of their own and a role. Only an administrator may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file holding the person&apos;s first password, readable by its owner only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people of the newsroom, their roles, whether they may connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a person another role. Only an administrator may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a person from connecting again (what they wrote stays). Only an administrator may; the last administrator stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may now connect to %2 as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may no longer connect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::VCard</name>
    <message>
        <source>%1 is not UTF-8; it was read as Latin-1 (Western European).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a vCard file (it holds binary data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: not a vCard line (no “:”): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: a card does not end before the next one begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: text outside any card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the card has no name (FN, N or ORG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the card does not end (END:VCARD is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 photo(s) or logo(s) left out; Relais keeps no contact pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact “%1” could not be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::Validation</name>
    <message>
        <source>A title is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address name “%1” may only hold lower-case letters a–z, digits and single hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a section of the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scheduled item needs a publication date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A start date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end comes before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a known time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address (expected https://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name or an organisation is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address (expected name@example.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a phone number (expected 06 49 78 62 28 or +33 6 49 78 62 28).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a language of the site (fr or en).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::Vocabulary</name>
    <message>
        <source>Testimonial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::WaitingChangesDialog</name>
    <message>
        <source>Changes Waiting on This Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the change in its editor, where you choose what to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send every waiting change to the newsroom again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the selected change; the newsroom&apos;s version stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet: the newsroom did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits: every change reached the newsroom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) typed while the newsroom did not answer wait on this computer. They are sent by themselves when it answers; those someone else changed meanwhile wait for your choice.</source>
        <translation>
            <numerusform>%n change typed while the newsroom did not answer waits on this computer. It is sent by itself when it answers; if someone else changed the item meanwhile, it waits for your choice.</numerusform>
            <numerusform>%n changes typed while the newsroom did not answer wait on this computer. They are sent by themselves when it answers; those someone else changed meanwhile wait for your choice.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop what you typed into “%1” while the newsroom did not answer? The newsroom&apos;s version stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::WebDavClient</name>
    <message>
        <source>The server refused the user name or password (401).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this user has no right to write there (403).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no such folder on the server (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server does not accept %2; is WebDAV enabled there? (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server sends elsewhere (%2 to %3); use that address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server failed (%2 %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server answered %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the answer was cut off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::WebDavRun</name>
    <message>
        <source>%1: the publish of %2 did not finish; %3 of its %4 steps had arrived and are not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 files; %3 rendered (%4) in %5 ms, %6 known unchanged from the last publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan: %1 to upload, %2 to delete, %3 folders to make, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published: run again with --overwrite to replace what is on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 of %2 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in %3 s, %4 requests.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::WebImage</name>
    <message>
        <source>“%1”: the web copy could not be made (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large (%2); pictures up to %3 are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a picture Relais can read (JPEG, PNG, GIF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large: %2 × %3 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::WordPressAccount</name>
    <message>
        <source>no role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may publish posts and upload pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may publish posts but not upload pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may only submit posts for review (and upload pictures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may only submit posts for review, without pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may not write posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, role %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::WordPressClient</name>
    <message>
        <source>%1 says its WordPress API is on another server (%2); Relais does not send the password there. Use that server&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No WordPress REST API was found at %1 (no api.w.org link, nothing at /wp-json/ or /?rest_route=/). Is it a WordPress site, with its REST API on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server sends to %2 (%3), which Relais does not follow: another server, or a login page. Check the site&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the answer is not valid JSON (%2 at byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server answered a web page, not WordPress data (a security plugin, a maintenance page or a login page in the way?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server refused it as too large (413). Its upload limit must be raised, or the picture made smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server refused the user name or password (401).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server failed (%2) and answered a web page, not WordPress data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server answered %2 with a web page, not WordPress data (a security plugin or a firewall in the way?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WordPress refused the user name or application password (%1). Use an application password (WordPress → Users → Profile → Application Passwords), not the login password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application passwords are turned off on this site (%1). An administrator must allow them; WordPress allows them only over https unless the site is a local one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the post no longer exists on the server; it was deleted there (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this WordPress does not offer that (%2). Is part of its REST API turned off by a plugin?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the picture is too large for the server (%2). Its upload limit must be raised, or the picture made smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the role of this user on the site does not allow it (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not found (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: WordPress refused it (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server answered %2 without saying where to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::WordPressCommands</name>
    <message>
        <source>The WordPress target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file holding the password, readable by its owner only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopt the posts of a WordPress target once, as articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items waiting for a decision: changed on both sides, or deleted on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle one: keep this version, take the server&apos;s, leave it, or make a new post for an item deleted on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item&apos;s id, as conflicts lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected to %1 (REST API at %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user may not publish: posts are submitted for review (pending).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in %3 s, %4 requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some items wait for your decision: relais-cli conflicts --target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a WordPress target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed on the server at %1 UTC: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision is mine, theirs, skip or recreate, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an item id (see: conflicts --target NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::WordPressJob</name>
    <message>
        <source>Connected. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, but WordPress does not let this user write posts. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::WordPressPublisher</name>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the state of %1 posts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 WordPress does not let this user write posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category “%1” is not on the site and this user may not create it; the posts go without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category “%1” could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %1 pictures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture “%1” is not in the media library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture “%1” cannot be sent: this user may not upload files on the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the picture %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture “%1”: the server&apos;s answer names no picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still scheduled %1 min after its time (%2 UTC); published by Relais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found after an interrupted creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2 It is not created again without your word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 WordPress does not let this user write posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 posts were changed on the server since the last publish and left as they are; changing them here will ask which version to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item was never published to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is not in conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading posts: page %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled post %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post %1 “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after %1 posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WordPress user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post %1 could not be moved to the trash after its rejection: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending posts: %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 of %3 steps were done; the next publish goes on from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somebody else is publishing to %1 right now (from another desktop or relais-cli); nothing was sent. Publish again when they are done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::Workflow</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::WorkflowCommands</name>
    <message>
        <source>An article&apos;s or agenda entry&apos;s id (a UUID, as list prints it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse (exit 3) when the item&apos;s revision is no longer this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a draft for review. Its writer may, or an editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve an item in review. Editors and administrators may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return an item in review to its writer, saying why. Editors and administrators may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it goes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign an item to a person of the newsroom (&quot;&quot; for nobody).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on an item (mention a colleague with @login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment this one answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comments of an item, in threads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revisions of an item: number, author, time, fields changed; with --from and --to, what changed between two, word by word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The older revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newer revision (default: the latest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back what an item said at an earlier revision, as a new revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revision to bring back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity of the newsroom, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what happened from then on (ISO 8601).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many lines (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What others did that concerns you, newest first; --read marks them read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark them all read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an item&apos;s id (a UUID, as list prints it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expect-revision takes a revision number (1 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(revision %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” waits for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” went back to its writer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is assigned to nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is assigned to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--revision takes a revision number (1 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” says again what it said at revision %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reply-to takes a comment&apos;s id, as comments prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(resolved by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no history for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to take revision numbers (1 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions %1 and %2 say the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since takes a time in ISO 8601 (2026-12-07T09:00:00Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a count (1 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The editorial calendar: articles on the day of their publication, agenda entries on the days of their event, day by day in the site&apos;s time zone; drafts without a date with --undated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day (YYYY-MM-DD; default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day (default: a week after the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only news, testimonial or event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only draft, in_review, approved, scheduled, published or archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what this login wrote or is assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list the drafts without a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind takes news, testimonial or event, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--state takes draft, in_review, approved, scheduled, published or archived, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from takes a day as YYYY-MM-DD, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to takes a day as YYYY-MM-DD, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2 is more than ten years: ask for less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cont.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::WorkflowPanel</name>
    <message>
        <source>Why does it go back? The writer reads this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Featured picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to Writer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a comment for the team (never published); @login tells a colleague.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post the comment (Ctrl+Return).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one revision to see what it changed, or two to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore This Revision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by %1: as %2 you may read it and comment on it; an editor or an administrator may change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is %1 now: an editor or an administrator may change it; you may comment on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the item to send it for review, comment on it or see its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes an editor or an administrator; you are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft is sent for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an editor to review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending somebody else&apos;s draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve it: it may then be scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft or an item in review is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning an item to its writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it back to its writer, saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an item in review or approved goes back to its writer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the editor who reviews it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigning it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned by %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only its author may change or delete a comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” waits for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” went back to its writer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replying to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your comment? Replies to it stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From revision %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1, as it was first saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They say the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back what “%1” said at revision %2? What it says now stays in its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” says again what it said at revision %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the current tab to fold or unfold this part</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relais::WorkflowRepository</name>
    <message>
        <source>This database has no editorial workflow yet: open it with this Relais once to bring it up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no article or agenda entry with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes %2; %3 is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is in the trash; restore it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not changed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed elsewhere since you opened it (revision %2, yours is %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a draft waiting to be sent for review: it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending somebody else&apos;s draft for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be approved: it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning “%1” to its writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why “%1” goes back to its writer: a reason is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is too long (%1 characters; %2 at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in review: it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigning “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a person of this newsroom who may log in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
