// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The editorial workflow (issue 19): review, comments, history with restore, the activity log
// and notifications, on both engines; on a newsroom each role's limits, tried by SQL as the
// person too.
#include "content/workflow.h"
#include "storage/peoplerepository.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonObject>

using namespace Relais;

class TestWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void aDraftGoesThroughReview();
    void historyKeepsEverySaveSmall();
    void aRevisionIsRestoredAsANewOne();
    void commentsHaveThreadsAndStayText();
    void bulkWorkKeepsNoHistory();
    void theLogTellsDecisionsPublishesAndTheTeam();
    void theListsFilterMineAndWaiting();
    void eachRoleInTheWorkflow();
    void commentsAndNotificationsAreOnesOwn();
};

using Test::People;
using Test::sql;

namespace {

bool refused(const QString &said)
{
    return said.contains(QStringLiteral("permission denied"))
        || said.contains(QStringLiteral("row-level security"))
        || said.contains(QStringLiteral("only its author"));
}

QStringList actions(Store &store, const QUuid &item)
{
    ActivityRepository::Filter filter;
    filter.item = item;
    auto entries = store.activity().entries(filter);
    QStringList out;
    if (entries) {
        for (const ActivityEntry &e : std::as_const(*entries))
            out.prepend(e.action);
    }
    return out;
}

} // namespace

void TestWorkflow::aDraftGoesThroughReview()
{
    Test::TempStore temp;
    auto made = temp->articles().create(Test::sampleArticle());
    RELAIS_VERIFY_OK(made);
    QCOMPARE(made->createdBy, temp->database().userName());
    const QUuid uuid = made->meta.uuid;
    WorkflowRepository &workflow = temp->workflow();

    // Approving or returning a plain draft: returning needs it in review.
    auto returned = workflow.returnToWriter(uuid, QStringLiteral("Trop long"));
    QVERIFY(!returned);
    QCOMPARE(returned.error().code, Error::Code::Invalid);

    auto submitted = workflow.submit(uuid, made->meta.revision);
    RELAIS_VERIFY_OK(submitted);
    QCOMPARE(*submitted, made->meta.revision + 1);
    auto loaded = temp->articles().load(uuid);
    RELAIS_VERIFY_OK(loaded);
    QCOMPARE(Workflow::stateOf(*loaded), WorkflowState::InReview);
    QCOMPARE(loaded->meta.revision, *submitted);
    // A second submit is refused; a stale revision too.
    QCOMPARE(workflow.submit(uuid).error().code, Error::Code::Invalid);
    QCOMPARE(workflow.approve(uuid, made->meta.revision).error().code, Error::Code::StaleRevision);

    // A reason is needed to return it; then it is a draft again, and the reason is kept.
    auto noReason = workflow.returnToWriter(uuid, QStringLiteral("   "));
    QVERIFY(!noReason);
    QVERIFY2(noReason.error().message.contains(QStringLiteral("reason")),
        qPrintable(noReason.error().message));
    RELAIS_VERIFY_OK(workflow.returnToWriter(uuid, QStringLiteral("Sources à citer")));
    QCOMPARE(workflow.find(uuid)->state(), WorkflowState::Draft);
    auto last = workflow.lastReturn(uuid);
    RELAIS_VERIFY_OK(last);
    QCOMPARE(last->detail, QStringLiteral("Sources à citer"));
    QCOMPARE(last->actor, temp->database().userName());

    RELAIS_VERIFY_OK(workflow.submit(uuid));
    RELAIS_VERIFY_OK(workflow.approve(uuid));
    QCOMPARE(workflow.find(uuid)->state(), WorkflowState::Approved);
    QVERIFY(workflow.lastReturn(uuid)->action.isEmpty()); // sent again since

    // Saving it keeps its review; scheduling it leaves the review behind.
    loaded = temp->articles().load(uuid);
    loaded->summary = QStringLiteral("Un autre résumé.");
    loaded = temp->articles().update(*loaded);
    RELAIS_VERIFY_OK(loaded);
    QCOMPARE(loaded->review, Review::Approved);
    loaded->status = Status::Scheduled;
    loaded->publishAt = QDateTime(QDate(2027, 1, 5), QTime(8, 0), Qt::UTC);
    loaded = temp->articles().update(*loaded);
    RELAIS_VERIFY_OK(loaded);
    QCOMPARE(loaded->review, Review::None);
    QCOMPARE(Workflow::stateOf(*loaded), WorkflowState::Scheduled);
    QCOMPARE(workflow.approve(uuid).error().code, Error::Code::Invalid);

    // The log tells the story, oldest first; the summary's edit is one line.
    QCOMPARE(actions(temp.store(), uuid),
        (QStringList { QStringLiteral("created"), QStringLiteral("submitted"),
            QStringLiteral("returned"), QStringLiteral("submitted"), QStringLiteral("approved"),
            QStringLiteral("status") }));
    // Assigning to somebody who is not a person of the newsroom is refused.
    QCOMPARE(
        workflow.assign(uuid, QStringLiteral("nobody-here")).error().code, Error::Code::Invalid);
    RELAIS_VERIFY_OK(workflow.assign(uuid, temp->database().userName()));
    QCOMPARE(workflow.find(uuid)->assignedTo, temp->database().userName());
    // On one's own, nobody is notified of what one did oneself.
    QCOMPARE(*temp->activity().unreadCount(), 0);
}

void TestWorkflow::historyKeepsEverySaveSmall()
{
    Test::TempStore temp;
    Article article = Test::sampleArticle();
    // About 5 KB of text, as the figure says.
    QStringList paragraphs;
    for (int i = 0; i < 50; ++i)
        paragraphs << QStringLiteral("Paragraphe %1 : la coopérative d’Amiens réunit des "
                                     "producteurs de la Somme autour d’un marché.")
                          .arg(i);
    article.body = paragraphs.join(QStringLiteral("\n\n"));
    QVERIFY(article.body.toUtf8().size() > 4500);
    auto saved = temp->articles().create(article);
    RELAIS_VERIFY_OK(saved);
    const int saves = Test::onPostgres() ? 200 : 500;
    QStringList bodies { saved->body };
    for (int i = 1; i < saves; ++i) {
        saved->body.replace(QStringLiteral("Paragraphe %1 ").arg(i % 50),
            QStringLiteral("Paragraphe %1 (revu %2) ").arg(i % 50).arg(i));
        saved = temp->articles().update(*saved);
        RELAIS_VERIFY_OK(saved);
        bodies << saved->body;
    }
    HistoryRepository &history = temp->history();
    QElapsedTimer timer;
    timer.start();
    auto revisions = history.list(saved->meta.uuid);
    const qint64 listMs = timer.elapsed();
    RELAIS_VERIFY_OK(revisions);
    QCOMPARE(revisions->size(), saves);
    QCOMPARE(revisions->first().revision, saved->meta.revision);
    QCOMPARE(revisions->first().fields, QStringList { QStringLiteral("body") });
    QCOMPARE(revisions->first().author, temp->database().userName());
    QCOMPARE(revisions->last().revision, 1);
    QVERIFY(revisions->last().fields.contains(QStringLiteral("title")));
    auto bytes = history.storedBytes(saved->meta.uuid);
    RELAIS_VERIFY_OK(bytes);
    qInfo("%d saves of a %lld-byte article: history %lld bytes, listed in %lld ms", saves,
        static_cast<long long>(article.body.toUtf8().size()), static_cast<long long>(*bytes),
        static_cast<long long>(listMs));
    QVERIFY2(*bytes < qint64(saves) * 1024 * 1024 / 500, "more than 1 MB for 500 saves");
    // Every revision reads back as it was saved, the first and the newest too.
    for (int revision : { 1, 2, 15, 16, 17, 33, saves / 2, saves - 1, saves }) {
        auto snapshot = history.snapshot(saved->meta.uuid, revision);
        RELAIS_VERIFY_OK(snapshot);
        QCOMPARE(snapshot->value(QStringLiteral("body")).toString(), bodies.at(revision - 1));
        QVERIFY(!snapshot->contains(QStringLiteral("revision")));
    }
    QCOMPARE(history.snapshot(saved->meta.uuid, saves + 5).error().code, Error::Code::NotFound);
    // A save that changes nothing keeps nothing.
    saved = temp->articles().update(*saved);
    RELAIS_VERIFY_OK(saved);
    QCOMPARE(history.list(saved->meta.uuid)->size(), saves);
    // Damaged bytes are named, never taken for text.
    QVERIFY(!HistoryRepository::unpack(QByteArrayLiteral("not zlib at all"), {}));
}

void TestWorkflow::aRevisionIsRestoredAsANewOne()
{
    Test::TempStore temp;
    auto saved = temp->articles().create(Test::sampleArticle(QStringLiteral("Premier titre")));
    RELAIS_VERIFY_OK(saved);
    const QString firstBody = saved->body;
    saved->title = QStringLiteral("Deuxième titre");
    saved->body = QStringLiteral("Un autre texte.");
    saved->status = Status::Published;
    saved->publishAt = QDateTime(QDate(2026, 11, 2), QTime(7, 0), Qt::UTC);
    saved = temp->articles().update(*saved);
    RELAIS_VERIFY_OK(saved);
    // A stale revision is refused; then revision 1 comes back as revision 3, still published.
    QCOMPARE(
        temp->restoreRevision(saved->meta.uuid, 1, 1).error().code, Error::Code::StaleRevision);
    auto restored = temp->restoreRevision(saved->meta.uuid, 1, saved->meta.revision);
    RELAIS_VERIFY_OK(restored);
    QCOMPARE(*restored, 3);
    auto now = temp->articles().load(saved->meta.uuid);
    RELAIS_VERIFY_OK(now);
    QCOMPARE(now->title, QStringLiteral("Premier titre"));
    QCOMPARE(now->body, firstBody);
    QCOMPARE(now->status, Status::Published);
    QCOMPARE(now->publishAt, saved->publishAt);
    auto revisions = temp->history().list(saved->meta.uuid);
    QCOMPARE(revisions->size(), 3);
    QVERIFY(revisions->first().fields.contains(QStringLiteral("title")));
    QVERIFY(actions(temp.store(), saved->meta.uuid).contains(QStringLiteral("restored_revision")));
    QCOMPARE(temp->restoreRevision(saved->meta.uuid, 9).error().code, Error::Code::NotFound);
    QCOMPARE(temp->restoreRevision(QUuid::createUuid(), 1).error().code, Error::Code::NotFound);

    // Agenda entries and contacts keep their history too; deleting for good forgets it.
    auto entry = temp->agenda().create(Test::sampleEntry());
    RELAIS_VERIFY_OK(entry);
    entry->locationName = QStringLiteral("Maison des associations");
    RELAIS_VERIFY_OK(temp->agenda().update(*entry));
    QCOMPARE(temp->history().list(entry->meta.uuid)->size(), 2);
    RELAIS_VERIFY_OK(temp->agenda().moveToTrash({ entry->meta.id }));
    RELAIS_VERIFY_OK(temp->agenda().purge({ entry->meta.id }));
    QCOMPARE(temp->history().list(entry->meta.uuid)->size(), 0);
    // (The edit that follows its creation within ten minutes is told by "created".)
    QCOMPARE(actions(temp.store(), entry->meta.uuid),
        (QStringList {
            QStringLiteral("created"), QStringLiteral("trashed"), QStringLiteral("deleted") }));
}

void TestWorkflow::commentsHaveThreadsAndStayText()
{
    Test::TempStore temp;
    auto article = temp->articles().create(Test::sampleArticle());
    RELAIS_VERIFY_OK(article);
    const QUuid uuid = article->meta.uuid;
    CommentRepository &comments = temp->comments();
    QCOMPARE(comments.add(uuid, QStringLiteral("  \n ")).error().code, Error::Code::Invalid);
    QCOMPARE(
        comments.add(uuid, QString(CommentRepository::Longest + 1, QLatin1Char('a'))).error().code,
        Error::Code::Invalid);
    QCOMPARE(
        comments.add(QUuid::createUuid(), QStringLiteral("x")).error().code, Error::Code::NotFound);

    auto first = comments.add(uuid,
        QStringLiteral("<script>alert(1)</script> Le chapô\u0007 est trop long.\r\nÀ revoir."));
    RELAIS_VERIFY_OK(first);
    QCOMPARE(first->body,
        QStringLiteral("<script>alert(1)</script> Le chapô est trop long.\nÀ revoir."));
    QCOMPARE(first->author, temp->database().userName());
    auto second = comments.add(uuid, QStringLiteral("Et la photo ?"));
    auto reply = comments.add(uuid, QStringLiteral("Corrigé."), first->id);
    RELAIS_VERIFY_OK(reply);
    QCOMPARE(reply->parentId, first->id);
    // A reply to another item's comment is refused.
    auto other = temp->articles().create(Test::sampleArticle(QStringLiteral("Autre")));
    QCOMPARE(comments.add(other->meta.uuid, QStringLiteral("Non"), first->id).error().code,
        Error::Code::Invalid);

    // Threads: the first, its reply, then the second.
    auto all = comments.list(uuid);
    RELAIS_VERIFY_OK(all);
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(0).id, first->id);
    QCOMPARE(all->at(1).id, reply->id);
    QCOMPARE(all->at(2).id, second->id);
    QCOMPARE(*comments.openCount(uuid), 3);

    RELAIS_VERIFY_OK(comments.edit(second->id, QStringLiteral("Et la photo de une ?")));
    auto edited = comments.load(second->id);
    QCOMPARE(edited->body, QStringLiteral("Et la photo de une ?"));
    QVERIFY(edited->editedAt.isValid());
    RELAIS_VERIFY_OK(comments.setResolved(first->id, true));
    QVERIFY(comments.load(first->id)->isResolved());
    QCOMPARE(comments.load(first->id)->resolvedBy, temp->database().userName());
    QCOMPARE(*comments.openCount(uuid), 2);
    RELAIS_VERIFY_OK(comments.setResolved(first->id, false));
    QVERIFY(!comments.load(first->id)->isResolved());

    // Deleted: gone when nothing answers it, kept (without its words) while a reply does.
    RELAIS_VERIFY_OK(comments.remove(second->id));
    RELAIS_VERIFY_OK(comments.remove(first->id));
    all = comments.list(uuid);
    QCOMPARE(all->size(), 2);
    QVERIFY(all->at(0).deleted);
    QVERIFY(all->at(0).body.isEmpty());
    QCOMPARE(
        comments.edit(first->id, QStringLiteral("encore")).error().code, Error::Code::NotFound);
    QCOMPARE(actions(temp.store(), uuid).count(QStringLiteral("commented")), 3);
}

void TestWorkflow::bulkWorkKeepsNoHistory()
{
    Test::TempStore temp;
    RELAIS_VERIFY_OK(temp->database().setChangesNoted(false));
    auto imported = temp->articles().create(Test::sampleArticle(QStringLiteral("Importé")));
    RELAIS_VERIFY_OK(imported);
    RELAIS_VERIFY_OK(temp->database().setChangesNoted(true));
    QCOMPARE(temp->history().list(imported->meta.uuid)->size(), 0);
    QVERIFY(actions(temp.store(), imported->meta.uuid).isEmpty());
    // Its first save afterwards is an edit, not a change of every field (its status too).
    imported->featuredImage = QStringLiteral("photo");
    imported = temp->articles().update(*imported);
    RELAIS_VERIFY_OK(imported);
    QCOMPARE(temp->history().list(imported->meta.uuid)->size(), 1);
    QCOMPARE(actions(temp.store(), imported->meta.uuid), QStringList { QStringLiteral("edited") });
}

void TestWorkflow::theLogTellsDecisionsPublishesAndTheTeam()
{
    Test::TempStore temp;
    // A moderation decision.
    Submission submission;
    submission.source = QStringLiteral("file");
    submission.externalId = QStringLiteral("vide-grenier-1");
    submission.title = QStringLiteral("Vide-grenier de la rue Saint-Leu");
    submission.receivedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    auto added = temp->submissions().add({ submission });
    RELAIS_VERIFY_OK(added);
    QCOMPARE(added->ids.size(), 1);
    SubmissionDecision decision;
    decision.submissionId = added->ids.first();
    decision.action = SubmissionDecision::Action::Rejected;
    decision.reason = QStringLiteral("Hors du territoire");
    RELAIS_VERIFY_OK(temp->submissions().decide(decision));
    // A publish run.
    PublishTarget target;
    target.name = QStringLiteral("portail");
    target.url = QUrl(QStringLiteral("https://portail.example/dav/"));
    RELAIS_VERIFY_OK(temp->publishing().addTarget(target));
    const qint64 targetId = temp->publishing().target(target.name)->id;
    const QDateTime at = temp->database().now();
    auto runId = temp->publishing().startRun(targetId, PublishPlan {}, at, at, 0);
    RELAIS_VERIFY_OK(runId);
    PublishRun run;
    run.id = *runId;
    run.targetId = targetId;
    run.finishedAt = at;
    run.state = RunState::Done;
    run.uploaded = 12;
    RELAIS_VERIFY_OK(temp->publishing().finishRun(run));

    auto log = temp->activity().entries();
    RELAIS_VERIFY_OK(log);
    QCOMPARE(log->size(), 2);
    QCOMPARE(log->at(0).action, QStringLiteral("published_site"));
    QCOMPARE(log->at(0).title, QStringLiteral("portail"));
    QVERIFY2(
        log->at(0).detail.contains(QStringLiteral("12 uploaded")), qPrintable(log->at(0).detail));
    QCOMPARE(log->at(1).action, QStringLiteral("decided"));
    QCOMPARE(log->at(1).title, submission.title);
    QCOMPARE(log->at(1).detail, QStringLiteral("rejected: Hors du territoire"));
    QCOMPARE(log->at(1).actor, temp->database().userName());

    // The team, on a newsroom: who was added, with which role, and by whom.
    if (!Test::onPostgres())
        return;
    People people(temp);
    const QString ann = people.add(QStringLiteral("ann"), QStringLiteral("contributor"));
    RELAIS_VERIFY_OK(PeopleRepository(temp->database()).setRole(ann, QStringLiteral("editor")));
    log = temp->activity().entries();
    QCOMPARE(log->at(0).action, QStringLiteral("person"));
    QCOMPARE(log->at(0).title, ann);
    QCOMPARE(log->at(0).detail, QStringLiteral("role: editor"));
    QCOMPARE(log->at(1).detail, QStringLiteral("added: contributor"));
}

void TestWorkflow::theListsFilterMineAndWaiting()
{
    Test::TempStore temp;
    auto a = temp->articles().create(Test::sampleArticle(QStringLiteral("Un")));
    auto b = temp->articles().create(Test::sampleArticle(QStringLiteral("Deux")));
    AgendaEntry entry = Test::sampleEntry();
    entry.status = Status::Draft;
    auto e = temp->agenda().create(entry);
    RELAIS_VERIFY_OK(e);
    RELAIS_VERIFY_OK(temp->workflow().submit(b->meta.uuid));
    RELAIS_VERIFY_OK(temp->workflow().submit(e->meta.uuid));
    QCOMPARE(*temp->workflow().countMine(), 3);
    QCOMPARE(*temp->workflow().countWaiting(), 2); // an administrator reviews what is unassigned
    ListQuery query;
    query.workflow = QStringLiteral("waiting");
    QCOMPARE(*temp->articles().count(query), 1);
    query.workflow.clear();
    query.status = QStringLiteral("in_review");
    QCOMPARE(*temp->articles().count(query), 1);
    query.status = QStringLiteral("draft");
    QCOMPARE(*temp->articles().count(query), 1); // a draft in review is in review
    auto rows = temp->articles().page(ListQuery {}, 0, 10);
    RELAIS_VERIFY_OK(rows);
    int status = -1;
    for (int i = 0; i < temp->articles().spec().columns.size(); ++i) {
        if (temp->articles().spec().columns.at(i).key == u"status")
            status = i;
    }
    QStringList states;
    for (const ListRow &row : std::as_const(*rows))
        states << row.values.at(status).toString();
    states.sort();
    QCOMPARE(states, (QStringList { QStringLiteral("draft"), QStringLiteral("in_review") }));
    Q_UNUSED(a);
}

void TestWorkflow::eachRoleInTheWorkflow()
{
    if (!Test::onPostgres())
        QSKIP("Roles are a newsroom's.");
    Test::TempStore temp;
    People people(temp);
    const QString ann = people.add(QStringLiteral("ann"), QStringLiteral("contributor"));
    const QString bob = people.add(QStringLiteral("bob"), QStringLiteral("editor"));
    auto asAnn = people.open(ann);
    auto asBob = people.open(bob);
    RELAIS_VERIFY_OK(asAnn);
    RELAIS_VERIFY_OK(asBob);
    Store &annStore = **asAnn;
    Store &bobStore = **asBob;

    auto draft = annStore.articles().create(Test::sampleArticle(QStringLiteral("De Ann")));
    RELAIS_VERIFY_OK(draft);
    QCOMPARE(draft->createdBy, ann);
    const QString id = QString::number(draft->meta.id);
    // Ann may not approve her own draft, by the repository or by SQL.
    auto approved = annStore.workflow().approve(draft->meta.uuid);
    QVERIFY(!approved);
    QCOMPARE(approved.error().code, Error::Code::Denied);
    QVERIFY2(approved.error().message.contains(QStringLiteral("an editor")),
        qPrintable(approved.error().message));
    QVERIFY(refused(sql(annStore,
        QStringLiteral("UPDATE articles SET review = 'approved' WHERE "
                       "id = %1")
            .arg(id))));
    // She submits it; from then on she cannot change it (the row is hidden from her UPDATE).
    RELAIS_VERIFY_OK(annStore.workflow().submit(draft->meta.uuid));
    int affected = -1;
    QCOMPARE(
        sql(annStore, QStringLiteral("UPDATE articles SET title = 'Changé' WHERE id = %1").arg(id),
            &affected),
        QString());
    QCOMPARE(affected, 0);
    QVERIFY(refused(sql(annStore,
        QStringLiteral("INSERT INTO articles (uuid, kind, title, slug, summary, body, status, "
                       "publish_at, created_at, updated_at, revision, review) VALUES ('%1', "
                       "'news', 'x', 'x-approuve', '', '', 'draft', NULL, now(), now(), 1, "
                       "'approved')")
            .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)))));
    auto inReview = annStore.articles().load(draft->meta.uuid);
    inReview->title = QStringLiteral("Changé");
    auto denied = annStore.articles().update(*inReview);
    QVERIFY(!denied);
    QCOMPARE(denied.error().code, Error::Code::Denied);

    // Bob, an editor, was told; he returns it with a reason, and Ann is told.
    auto bobsNews = bobStore.activity().notifications();
    RELAIS_VERIFY_OK(bobsNews);
    QCOMPARE(bobsNews->size(), 1);
    QCOMPARE(bobsNews->first().kind, QStringLiteral("review"));
    QCOMPARE(bobsNews->first().activity.actor, ann);
    QCOMPARE(*bobStore.workflow().countWaiting(), 1);
    QCOMPARE(*annStore.workflow().countWaiting(), 0);
    RELAIS_VERIFY_OK(
        bobStore.workflow().returnToWriter(draft->meta.uuid, QStringLiteral("Ajoute la date")));
    auto annsNews = annStore.activity().notifications();
    RELAIS_VERIFY_OK(annsNews);
    QCOMPARE(annsNews->size(), 1);
    QCOMPARE(annsNews->first().kind, QStringLiteral("returned"));
    QCOMPARE(annsNews->first().activity.detail, QStringLiteral("Ajoute la date"));
    QCOMPARE(*annStore.activity().unreadCount(), 1);
    RELAIS_VERIFY_OK(annStore.activity().markRead());
    QCOMPARE(*annStore.activity().unreadCount(), 0);
    // Ann writes again, sends again; Bob approves, schedules: Ann hears of it when published.
    auto again = annStore.articles().load(draft->meta.uuid);
    again->title = QStringLiteral("De Ann, daté");
    RELAIS_VERIFY_OK(annStore.articles().update(*again));
    RELAIS_VERIFY_OK(annStore.workflow().submit(draft->meta.uuid));
    RELAIS_VERIFY_OK(bobStore.workflow().approve(draft->meta.uuid));
    auto toPublish = bobStore.articles().load(draft->meta.uuid);
    toPublish->status = Status::Published;
    toPublish->publishAt = QDateTime::currentDateTimeUtc();
    RELAIS_VERIFY_OK(bobStore.articles().update(*toPublish));
    annsNews = annStore.activity().notifications();
    QStringList kinds;
    for (const Notification &n : std::as_const(*annsNews))
        kinds.prepend(n.kind);
    QCOMPARE(kinds,
        (QStringList {
            QStringLiteral("returned"), QStringLiteral("approved"), QStringLiteral("published") }));
    // Ann cannot restore an earlier revision of a published item; Bob can.
    auto byAnn = annStore.restoreRevision(draft->meta.uuid, 1);
    QVERIFY(!byAnn);
    QCOMPARE(byAnn.error().code, Error::Code::Denied);
    RELAIS_VERIFY_OK(bobStore.restoreRevision(draft->meta.uuid, 1));
    // The history and the log are written as oneself and never rewritten.
    const QString uuid = draft->meta.uuid.toString(QUuid::WithoutBraces);
    QVERIFY(refused(sql(annStore,
        QStringLiteral("INSERT INTO revisions (item_type, item_uuid, revision, author, saved_at, "
                       "data) VALUES ('article', '%1', 99, '%2', now(), '\\x00')")
            .arg(uuid, bob))));
    QVERIFY(refused(sql(annStore, QStringLiteral("DELETE FROM revisions"))));
    QVERIFY(refused(sql(annStore,
        QStringLiteral("INSERT INTO activity (at, actor, action) VALUES (now(), '%1', 'published')")
            .arg(bob))));
    QVERIFY(refused(sql(annStore, QStringLiteral("UPDATE activity SET actor = 'x'"))));
    QVERIFY(refused(sql(bobStore, QStringLiteral("DELETE FROM activity"))));
}

void TestWorkflow::commentsAndNotificationsAreOnesOwn()
{
    if (!Test::onPostgres())
        QSKIP("Roles are a newsroom's.");
    Test::TempStore temp;
    People people(temp);
    const QString ann = people.add(QStringLiteral("ann"), QStringLiteral("contributor"));
    const QString bob = people.add(QStringLiteral("bob"), QStringLiteral("editor"));
    const QString cid = people.add(QStringLiteral("cid"), QStringLiteral("contributor"));
    auto asAnn = people.open(ann);
    auto asBob = people.open(bob);
    auto asCid = people.open(cid);
    RELAIS_VERIFY_OK(asCid);
    Store &annStore = **asAnn;
    Store &bobStore = **asBob;
    Store &cidStore = **asCid;
    auto draft = annStore.articles().create(Test::sampleArticle(QStringLiteral("Sujet")));
    RELAIS_VERIFY_OK(draft);
    const QUuid uuid = draft->meta.uuid;

    // Bob comments and mentions Cid: Ann (the writer) and Cid (mentioned) are told, once each.
    auto comment = bobStore.comments().add(
        uuid, QStringLiteral("@%1 peux-tu vérifier les chiffres ? @personne").arg(cid));
    RELAIS_VERIFY_OK(comment);
    auto cids = cidStore.activity().notifications();
    QCOMPARE(cids->size(), 1);
    QCOMPARE(cids->first().kind, QStringLiteral("mentioned"));
    auto anns = annStore.activity().notifications();
    QCOMPARE(anns->size(), 1);
    QCOMPARE(anns->first().kind, QStringLiteral("commented"));
    // Ann answers: Bob, whose thread it is, is told.
    RELAIS_VERIFY_OK(annStore.comments().add(uuid, QStringLiteral("C’est fait."), comment->id));
    QCOMPARE(bobStore.activity().notifications()->first().kind, QStringLiteral("commented"));

    // Only the author changes the words: the repository and SQL both refuse Ann.
    const QString id = QString::number(comment->id);
    auto edited = annStore.comments().edit(comment->id, QStringLiteral("Changé par Ann"));
    QVERIFY(!edited);
    QCOMPARE(edited.error().code, Error::Code::Denied);
    QVERIFY(refused(sql(annStore,
        QStringLiteral("UPDATE comments SET body = 'Changé par Ann' WHERE id = %1").arg(id))));
    QVERIFY(refused(sql(annStore, QStringLiteral("DELETE FROM comments WHERE id = %1").arg(id))));
    QVERIFY(refused(sql(annStore,
        QStringLiteral(
            "INSERT INTO comments (uuid, item_type, item_uuid, author, body, created_at) "
            "VALUES ('%1', 'article', '%2', '%3', 'faux', now())")
            .arg(QUuid::createUuid().toString(QUuid::WithoutBraces),
                uuid.toString(QUuid::WithoutBraces), bob))));
    // Ann, the writer, may resolve it; Cid, neither author nor writer, may not.
    RELAIS_VERIFY_OK(annStore.comments().setResolved(comment->id, true));
    QCOMPARE(bobStore.comments().load(comment->id)->resolvedBy, ann);
    QCOMPARE(cidStore.comments().setResolved(comment->id, false).error().code, Error::Code::Denied);
    int affected = -1;
    QCOMPARE(sql(cidStore,
                 QStringLiteral("UPDATE comments SET resolved_at = NULL WHERE id = %1").arg(id),
                 &affected),
        QString());
    QCOMPARE(affected, 0);

    // Notifications: each reads only their own, marks only their own, forges none.
    affected = -1;
    QCOMPARE(
        sql(annStore, QStringLiteral("SELECT * FROM notifications WHERE recipient = '%1'").arg(cid),
            &affected),
        QString());
    QCOMPARE(annStore.database()
                 .scalar(QStringLiteral("SELECT count(*) FROM notifications WHERE recipient <> ?"),
                     { ann })
                 ->toInt(),
        0);
    QCOMPARE(sql(annStore, QStringLiteral("UPDATE notifications SET read_at = now()"), &affected),
        QString());
    QCOMPARE(cidStore.activity().unreadCount().value(), 1);
    qint64 bobsActivity = 0;
    const auto entries = bobStore.activity().entries();
    RELAIS_VERIFY_OK(entries);
    for (const ActivityEntry &e : *entries) {
        if (e.actor == bob && bobsActivity == 0)
            bobsActivity = e.id;
    }
    QVERIFY(bobsActivity > 0);
    QVERIFY(refused(sql(annStore,
        QStringLiteral("INSERT INTO notifications (recipient, activity_id, kind) VALUES "
                       "('%1', %2, 'published')")
            .arg(cid)
            .arg(bobsActivity))));
    QCOMPARE(cidStore.activity().unreadCount().value(), 1);
}

QTEST_GUILESS_MAIN(TestWorkflow)
#include "test_workflow.moc"
