#include "store/agentrepository.h"
#include "store/contactrepository.h"
#include "store/conversationrepository.h"
#include "store/messagerepository.h"
#include "storetestdb.h"

#include <QSet>
#include <QTest>

using namespace Atendo;
using namespace std::chrono_literals;

class TestConversationRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { StoreTestDb::addBackends(); }
    void init() { QVERIFY(m_store.open()); }
    void cleanup() { m_store.close(); }

    void createStartsOpenInTheQueue();
    void claimIsCompareAndSet();
    void claimRaceBetweenTwoConnections();
    void windowOnlyMovesForward();
    void rowAfterInboundIsTheStoredRow();
    void outboundClearsWaitingButNotesDoNot();
    void setStateRecordsResolution();
    void latestForContactIsTheNewest();
    void workingSetJoinsContacts();
    void listPagesAreStableUnderTies();
    void listScopes();
    void cursorRoundTrip();
    void searchMatchesNamePhoneAndText();
    void searchEscapesWildcards();
    void countOpenByAgent();

private:
    qint64 contact(const QString& key, const QString& name, const QString& phone = {});
    qint64 agent(const QString& username);
    ConversationRepository repo() { return ConversationRepository(m_store.db()); }
    static QDateTime t(int minutes)
    {
        return StoreTestDb::at(QStringLiteral("2026-11-25T12:00:00Z")).addSecs(minutes * 60);
    }

    StoreTestDb m_store;
};

qint64 TestConversationRepository::contact(const QString& key, const QString& name, const QString& phone)
{
    const auto row = ContactRepository(m_store.db()).upsertByKey(key, key.mid(3), {}, phone, name);
    return row ? row->id : 0;
}

qint64 TestConversationRepository::agent(const QString& username)
{
    return AgentRepository(m_store.db()).create(username, username, QStringLiteral("agent"), {}, 5);
}

void TestConversationRepository::createStartsOpenInTheQueue()
{
    const qint64 contactId = contact(QStringLiteral("wa:551100"), QStringLiteral("Ana"));
    const auto created = repo().create(contactId, t(1));
    QVERIFY(created);
    QVERIFY(created->id > 0);
    QCOMPARE(created->state, QStringLiteral("open"));
    QCOMPARE(created->assigneeId, 0);
    QCOMPARE(created->createdAt, t(1));
    QCOMPARE(created->lastActivityAt, t(1));
    QVERIFY(!created->windowExpiresAt.isValid());
    QVERIFY(!created->waitingSince.isValid());
    QCOMPARE(repo().findById(created->id), created);
    QVERIFY(!repo().findById(created->id + 100));
}

void TestConversationRepository::claimIsCompareAndSet()
{
    const qint64 maria = agent(QStringLiteral("maria"));
    const qint64 joao = agent(QStringLiteral("joao"));
    const qint64 id = repo().create(contact(QStringLiteral("wa:1"), QStringLiteral("A")), t(0))->id;
    QVERIFY(repo().claim(id, maria));
    QVERIFY(!repo().claim(id, joao));
    QVERIFY(!repo().claim(id, maria));
    QCOMPARE(repo().findById(id)->assigneeId, maria);
    QVERIFY(!repo().claim(id + 1000, maria));

    // Back to the queue, then claimable again.
    QVERIFY(repo().setAssignee(id, 0));
    QCOMPARE(repo().findById(id)->assigneeId, 0);
    QVERIFY(repo().claim(id, joao));
    QVERIFY(repo().setAssignee(id, maria)); // a lead's transfer ignores the current owner
    QCOMPARE(repo().findById(id)->assigneeId, maria);
}

void TestConversationRepository::claimRaceBetweenTwoConnections()
{
    const qint64 maria = agent(QStringLiteral("maria"));
    const qint64 joao = agent(QStringLiteral("joao"));
    const qint64 id = repo().create(contact(QStringLiteral("wa:1"), QStringLiteral("A")), t(0))->id;
    auto other = m_store.openAnother();
    QVERIFY(other);
    // Both servers read the conversation as unassigned, then both claim.
    QCOMPARE(ConversationRepository(*other).findById(id)->assigneeId, 0);
    QCOMPARE(repo().findById(id)->assigneeId, 0);
    const bool first = ConversationRepository(*other).claim(id, joao);
    const bool second = repo().claim(id, maria);
    QVERIFY(first != second);
    QCOMPARE(repo().findById(id)->assigneeId, first ? joao : maria);
}

void TestConversationRepository::windowOnlyMovesForward()
{
    const qint64 id = repo().create(contact(QStringLiteral("wa:1"), QStringLiteral("A")), t(0))->id;
    QVERIFY(
        repo().recordInbound(id, t(10), t(10 + 24 * 60), t(10 + 72 * 60), QStringLiteral("second"), t(11)));
    // A late webhook for an older message: the window must not shrink.
    QVERIFY(repo().recordInbound(id, t(5), t(5 + 24 * 60), QDateTime(), QStringLiteral("first"), t(12)));
    auto row = repo().findById(id);
    QCOMPARE(row->lastInboundAt, t(10));
    QCOMPARE(row->windowExpiresAt, t(10 + 24 * 60));
    QCOMPARE(row->fepExpiresAt, t(10 + 72 * 60));
    QCOMPARE(row->unread, 2);
    QCOMPARE(row->waitingSince, t(10));
    QCOMPARE(row->lastDirection, QStringLiteral("in"));
    QCOMPARE(row->lastActivityAt, t(12));

    QVERIFY(repo().recordInbound(id, t(30), t(30 + 24 * 60), QDateTime(), QStringLiteral("third"), t(31)));
    row = repo().findById(id);
    QCOMPARE(row->lastInboundAt, t(30));
    QCOMPARE(row->windowExpiresAt, t(30 + 24 * 60));
    QCOMPARE(row->fepExpiresAt, t(10 + 72 * 60));
    QCOMPARE(row->waitingSince, t(10)); // still the oldest unanswered message
    QCOMPARE(row->unread, 3);
    QCOMPARE(row->lastPreview, QStringLiteral("third"));

    QVERIFY(repo().markRead(id));
    QCOMPARE(repo().findById(id)->unread, 0);
    QVERIFY(!repo().recordInbound(id + 1000, t(30), t(30), QDateTime(), {}, t(31)));
}

void TestConversationRepository::rowAfterInboundIsTheStoredRow()
{
    const qint64 id = repo().create(contact(QStringLiteral("wa:1"), QStringLiteral("A")), t(0))->id;
    // First message, a newer one, a late older one (window kept), an empty preview.
    const struct
    {
        int customer;
        int fep;
        QString preview;
        int received;
    } steps[] = {{10, 10 + 72 * 60, QStringLiteral("one"), 11}, {30, -1, QStringLiteral("two"), 31},
        {5, -1, QStringLiteral("late"), 40}, {50, 50 + 72 * 60, QString(), 51}};
    for (const auto& step : steps) {
        const auto before = repo().findById(id);
        QVERIFY(before);
        const QDateTime fep = step.fep < 0 ? QDateTime() : t(step.fep);
        const auto after = repo().recordInboundRow(
            *before, t(step.customer), t(step.customer + 24 * 60), fep, step.preview, t(step.received));
        QVERIFY(after);
        QCOMPARE(*after, *repo().findById(id));
    }
    QCOMPARE(repo().findById(id)->unread, 4);
    ConversationRow missing;
    missing.id = id + 1000;
    QVERIFY(!repo().recordInboundRow(missing, t(60), t(60), QDateTime(), {}, t(61)));
}

void TestConversationRepository::outboundClearsWaitingButNotesDoNot()
{
    const qint64 id = repo().create(contact(QStringLiteral("wa:1"), QStringLiteral("A")), t(0))->id;
    QVERIFY(repo().recordInbound(id, t(1), t(1 + 24 * 60), QDateTime(), QStringLiteral("oi"), t(1)));
    QVERIFY(repo().recordOutbound(id, QStringLiteral("checking"), QStringLiteral("note"), t(2)));
    auto row = repo().findById(id);
    QCOMPARE(row->waitingSince, t(1));
    QCOMPARE(row->lastDirection, QStringLiteral("note"));
    QCOMPARE(row->lastPreview, QStringLiteral("checking"));
    QVERIFY(repo().recordOutbound(id, QStringLiteral("Olá!"), QStringLiteral("out"), t(3)));
    row = repo().findById(id);
    QVERIFY(!row->waitingSince.isValid());
    QCOMPARE(row->lastActivityAt, t(3));
    QCOMPARE(row->lastPreview, QStringLiteral("Olá!"));
    QCOMPARE(row->windowExpiresAt, t(1 + 24 * 60)); // replies never touch the window
}

void TestConversationRepository::setStateRecordsResolution()
{
    const qint64 id = repo().create(contact(QStringLiteral("wa:1"), QStringLiteral("A")), t(0))->id;
    QVERIFY(repo().setState(id, QStringLiteral("resolved"), t(5)));
    QCOMPARE(repo().findById(id)->state, QStringLiteral("resolved"));
    QCOMPARE(repo().findById(id)->resolvedAt, t(5));
    QVERIFY(repo().setState(id, QStringLiteral("open"), t(6)));
    QVERIFY(!repo().findById(id)->resolvedAt.isValid());
}

void TestConversationRepository::latestForContactIsTheNewest()
{
    const qint64 a = contact(QStringLiteral("wa:1"), QStringLiteral("A"));
    const qint64 b = contact(QStringLiteral("wa:2"), QStringLiteral("B"));
    QVERIFY(!repo().latestForContact(a));
    const qint64 first = repo().create(a, t(0))->id;
    repo().create(b, t(1));
    QVERIFY(repo().setState(first, QStringLiteral("resolved"), t(2)));
    const qint64 second = repo().create(a, t(3))->id;
    QCOMPARE(repo().latestForContact(a)->id, second);
}

void TestConversationRepository::workingSetJoinsContacts()
{
    const qint64 ana = contact(QStringLiteral("wa:551101"), QStringLiteral("Ana"), QStringLiteral("+551101"));
    const qint64 bia = contact(QStringLiteral("wa:551102"), QStringLiteral("Bia"), QStringLiteral("+551102"));
    const qint64 caio = contact(QStringLiteral("wa:551103"), QStringLiteral("Caio"));
    const qint64 open = repo().create(ana, t(1))->id;
    const qint64 pending = repo().create(bia, t(2))->id;
    const qint64 resolved = repo().create(caio, t(3))->id;
    QVERIFY(repo().setState(pending, QStringLiteral("pending"), t(4)));
    QVERIFY(repo().setState(resolved, QStringLiteral("resolved"), t(4)));

    const QList<ConversationListItem> set = repo().listWorkingSet();
    QCOMPARE(set.size(), 2);
    QCOMPARE(set.at(0).conversation.id, pending); // newest activity first
    QCOMPARE(set.at(0).contact.name, QStringLiteral("Bia"));
    QCOMPARE(set.at(0).contact.phone, QStringLiteral("+551102"));
    QCOMPARE(set.at(1).conversation.id, open);
    QCOMPARE(set.at(1).contact, *ContactRepository(m_store.db()).findById(ana));
    QCOMPARE(set.at(1).conversation, *repo().findById(open));
}

void TestConversationRepository::listPagesAreStableUnderTies()
{
    // Nine conversations, seven of them with the very same activity time.
    QList<qint64> ids;
    for (int i = 0; i < 9; ++i) {
        const qint64 c = contact(QStringLiteral("wa:%1").arg(i), QStringLiteral("C%1").arg(i));
        ids << repo().create(c, i < 7 ? t(10) : t(i))->id;
    }
    QList<qint64> expected {ids.mid(0, 7)};
    std::sort(expected.begin(), expected.end(), std::greater<>());
    expected << ids.at(8) << ids.at(7);

    QList<qint64> seen;
    ConversationCursor cursor;
    int pages = 0;
    while (true) {
        const ConversationPage page = repo().list(ConversationScope::All, 0, cursor, 3);
        for (const ConversationListItem& item : page.items)
            seen << item.conversation.id;
        ++pages;
        if (!page.hasMore) {
            QVERIFY(page.next.isNull());
            break;
        }
        QCOMPARE(page.items.size(), 3);
        QCOMPARE(page.next.id, page.items.constLast().conversation.id);
        cursor = page.next;
        // A conversation created between two page loads (newer activity) must not
        // shift the pages that follow.
        if (pages == 1)
            repo().create(contact(QStringLiteral("wa:new"), QStringLiteral("New")), t(99));
        QVERIFY(pages < 10);
    }
    QCOMPARE(pages, 3);
    QCOMPARE(seen, expected);

    // Exactly a full page: hasMore is false, not an empty extra page.
    const ConversationPage all = repo().list(ConversationScope::All, 0, {}, 10);
    QCOMPARE(all.items.size(), 10);
    QVERIFY(!all.hasMore);
}

void TestConversationRepository::listScopes()
{
    const qint64 maria = agent(QStringLiteral("maria"));
    const qint64 joao = agent(QStringLiteral("joao"));
    const qint64 queued = repo().create(contact(QStringLiteral("wa:1"), QStringLiteral("A")), t(1))->id;
    const qint64 mine = repo().create(contact(QStringLiteral("wa:2"), QStringLiteral("B")), t(2))->id;
    const qint64 theirs = repo().create(contact(QStringLiteral("wa:3"), QStringLiteral("C")), t(3))->id;
    const qint64 done = repo().create(contact(QStringLiteral("wa:4"), QStringLiteral("D")), t(4))->id;
    QVERIFY(repo().claim(mine, maria));
    QVERIFY(repo().claim(theirs, joao));
    QVERIFY(repo().claim(done, maria));
    QVERIFY(repo().setState(done, QStringLiteral("resolved"), t(5)));

    auto ids = [this, maria](ConversationScope scope) {
        QList<qint64> out;
        for (const ConversationListItem& item : repo().list(scope, maria, {}, 50).items)
            out << item.conversation.id;
        return out;
    };
    QCOMPARE(ids(ConversationScope::All), (QList<qint64> {done, theirs, mine, queued}));
    QCOMPARE(ids(ConversationScope::Mine), (QList<qint64> {mine}));
    QCOMPARE(ids(ConversationScope::Unassigned), (QList<qint64> {queued}));
    QCOMPARE(ids(ConversationScope::Open), (QList<qint64> {theirs, mine, queued}));
    QCOMPARE(ids(ConversationScope::Resolved), (QList<qint64> {done}));
}

void TestConversationRepository::cursorRoundTrip()
{
    const ConversationCursor cursor {t(7), 42};
    QCOMPARE(ConversationCursor::fromString(cursor.toString()), cursor);
    QVERIFY(ConversationCursor().toString().isEmpty());
    QVERIFY(!ConversationCursor::fromString(QStringLiteral("abc")));
    QVERIFY(!ConversationCursor::fromString(QStringLiteral("12:x")));
    QVERIFY(!ConversationCursor::fromString(QStringLiteral("12:0")));
    QVERIFY(!ConversationCursor::fromString(QStringLiteral("1:2:3")));
}

void TestConversationRepository::searchMatchesNamePhoneAndText()
{
    const qint64 maria = repo()
                             .create(contact(QStringLiteral("wa:5511987"), QStringLiteral("Maria Souza"),
                                         QStringLiteral("+5511987")),
                                 t(1))
                             ->id;
    const qint64 pedro = repo()
                             .create(contact(QStringLiteral("wa:5521555"), QStringLiteral("Pedro"),
                                         QStringLiteral("+5521555")),
                                 t(2))
                             ->id;
    MessageRow message;
    message.conversationId = pedro;
    message.direction = QStringLiteral("in");
    message.kind = QStringLiteral("text");
    message.text = QStringLiteral("Qual o PRAZO de entrega?");
    message.wamid = QStringLiteral("wamid.1");
    QVERIFY(MessageRepository(m_store.db()).insertInbound(message).inserted);

    auto ids = [this](const QString& query) {
        QList<qint64> out;
        for (const ConversationListItem& item : repo().search(query, 20))
            out << item.conversation.id;
        return out;
    };
    QCOMPARE(ids(QStringLiteral("souza")), (QList<qint64> {maria})); // case-insensitive
    QCOMPARE(ids(QStringLiteral("MARIA")), (QList<qint64> {maria}));
    QCOMPARE(ids(QStringLiteral("11987")), (QList<qint64> {maria}));
    QCOMPARE(ids(QStringLiteral("prazo")), (QList<qint64> {pedro}));
    QCOMPARE(ids(QStringLiteral("+55")), (QList<qint64> {pedro, maria}));
    QVERIFY(ids(QStringLiteral("nothing like it")).isEmpty());
    QVERIFY(ids(QStringLiteral("   ")).isEmpty());
    QCOMPARE(repo().search(QStringLiteral("+55"), 1).size(), 1);
}

void TestConversationRepository::searchEscapesWildcards()
{
    const qint64 percent
        = repo().create(contact(QStringLiteral("wa:1"), QStringLiteral("100% Real")), t(1))->id;
    repo().create(contact(QStringLiteral("wa:2"), QStringLiteral("100 Real")), t(2));
    const qint64 underscore = repo().create(contact(QStringLiteral("wa:3"), QStringLiteral("a_b")), t(3))->id;
    repo().create(contact(QStringLiteral("wa:4"), QStringLiteral("axb")), t(4));
    const qint64 bang = repo().create(contact(QStringLiteral("wa:5"), QStringLiteral("Oi!")), t(5))->id;
    repo().create(contact(QStringLiteral("wa:6"), QStringLiteral("Oi")), t(6));

    auto ids = [this](const QString& query) {
        QList<qint64> out;
        for (const ConversationListItem& item : repo().search(query, 20))
            out << item.conversation.id;
        return out;
    };
    QCOMPARE(ids(QStringLiteral("100%")), (QList<qint64> {percent}));
    QCOMPARE(ids(QStringLiteral("a_b")), (QList<qint64> {underscore}));
    QCOMPARE(ids(QStringLiteral("i!")), (QList<qint64> {bang}));
    QVERIFY(ids(QStringLiteral("%")).size() == 1);
    QVERIFY(ids(QStringLiteral("_")).size() == 1);
}

void TestConversationRepository::countOpenByAgent()
{
    const qint64 maria = agent(QStringLiteral("maria"));
    const qint64 joao = agent(QStringLiteral("joao"));
    QVERIFY(repo().countOpenByAgent().isEmpty());
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i)
        ids << repo().create(contact(QStringLiteral("wa:%1").arg(i), QStringLiteral("C")), t(i))->id;
    QVERIFY(repo().claim(ids[0], maria));
    QVERIFY(repo().claim(ids[1], maria));
    QVERIFY(repo().claim(ids[2], maria));
    QVERIFY(repo().claim(ids[3], joao));
    QVERIFY(repo().setState(ids[1], QStringLiteral("pending"), t(9)));
    QVERIFY(repo().setState(ids[2], QStringLiteral("resolved"), t(9)));
    const QHash<qint64, int> counts = repo().countOpenByAgent();
    QCOMPARE(counts.size(), 2);
    QCOMPARE(counts.value(maria), 2);
    QCOMPARE(counts.value(joao), 1);
}

QTEST_GUILESS_MAIN(TestConversationRepository)
#include "tst_conversationrepository.moc"
