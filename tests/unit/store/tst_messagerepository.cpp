#include "store/contactrepository.h"
#include "store/conversationrepository.h"
#include "store/messagerepository.h"
#include "store/statuslog.h"
#include "storetestdb.h"

#include <QRegularExpression>
#include <QTest>

using namespace Atendo;

class TestMessageRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { StoreTestDb::addBackends(); }
    void init();
    void cleanup() { m_store.close(); }

    void inboundDedupByWamid();
    void inboundWithoutWamidIsNotDeduplicated();
    void outboundIdempotencyByKey();
    void roundTripsEveryField();
    void statusNeverRegresses_data();
    void statusNeverRegresses();
    void failureKeepsItsError();
    void setWamidAndPricing();
    void pageIsOldestFirstWithHasMore();
    void statusLogDeduplicates();
    void advanceStatusByWamidMovesForwardOnly();
    void statusTargetCarriesTheContactPhone();

private:
    MessageRow inbound(const QString& wamid, const QString& text) const;
    MessageRow outbound(const QString& key, const QString& text) const;
    qint64 count(const QString& where = QString());
    MessageRepository repo() { return MessageRepository(m_store.db()); }

    StoreTestDb m_store;
    qint64 m_conversation {0};
};

void TestMessageRepository::init()
{
    QVERIFY(m_store.open());
    const auto contact = ContactRepository(m_store.db())
                             .upsertByKey(QStringLiteral("wa:551199"), QStringLiteral("551199"), {},
                                 QStringLiteral("+551199"), {});
    QVERIFY(contact);
    m_conversation = ConversationRepository(m_store.db()).create(contact->id, m_store.clock().now())->id;
}

MessageRow TestMessageRepository::inbound(const QString& wamid, const QString& text) const
{
    MessageRow row;
    row.conversationId = m_conversation;
    row.direction = QStringLiteral("in");
    row.kind = QStringLiteral("text");
    row.text = text;
    row.wamid = wamid;
    return row;
}

MessageRow TestMessageRepository::outbound(const QString& key, const QString& text) const
{
    MessageRow row;
    row.conversationId = m_conversation;
    row.direction = QStringLiteral("out");
    row.kind = QStringLiteral("text");
    row.text = text;
    row.idempotencyKey = key;
    row.authorId = 0;
    return row;
}

qint64 TestMessageRepository::count(const QString& where)
{
    return m_store.scalar(QStringLiteral("SELECT COUNT(*) FROM messages ") + where).toLongLong();
}

void TestMessageRepository::inboundDedupByWamid()
{
    const MessageInsert first
        = repo().insertInbound(inbound(QStringLiteral("wamid.A"), QStringLiteral("oi")));
    QVERIFY(first.inserted);
    QVERIFY(first.id > 0);
    // Meta delivers webhooks at least once: the repeat is recognised, not stored.
    const MessageInsert again
        = repo().insertInbound(inbound(QStringLiteral("wamid.A"), QStringLiteral("oi (again)")));
    QVERIFY(!again.inserted);
    QCOMPARE(again.id, first.id);
    QCOMPARE(count(), 1);
    QCOMPARE(repo().findById(first.id)->text, QStringLiteral("oi"));
    QCOMPARE(repo().findById(first.id)->status, QStringLiteral("received"));

    // Inside a batch transaction too.
    Transaction tx = m_store.db().transaction();
    const MessageInsert other = repo().insertInbound(inbound(QStringLiteral("wamid.B"), QStringLiteral("b")));
    QVERIFY(other.inserted);
    QCOMPARE(repo().insertInbound(inbound(QStringLiteral("wamid.B"), QStringLiteral("b"))).id, other.id);
    QVERIFY(tx.commit());
    QCOMPARE(count(), 2);
}

void TestMessageRepository::inboundWithoutWamidIsNotDeduplicated()
{
    QVERIFY(repo().insertInbound(inbound(QString(), QStringLiteral("x"))).inserted);
    QVERIFY(repo().insertInbound(inbound(QString(), QStringLiteral("x"))).inserted);
    QCOMPARE(count(QStringLiteral("WHERE wamid IS NULL")), 2);
    QVERIFY(!repo().findByWamid(QString()));
}

void TestMessageRepository::outboundIdempotencyByKey()
{
    const MessageInsert first
        = repo().insertOutbound(outbound(QStringLiteral("key-1"), QStringLiteral("Olá")));
    QVERIFY(first.inserted);
    QCOMPARE(repo().findById(first.id)->status, QStringLiteral("queued"));
    // A console that retries after a lost reply gets the same message back.
    const MessageInsert retry
        = repo().insertOutbound(outbound(QStringLiteral("key-1"), QStringLiteral("Olá (retry)")));
    QVERIFY(!retry.inserted);
    QCOMPARE(retry.id, first.id);
    QCOMPARE(repo().findByKey(QStringLiteral("key-1"))->text, QStringLiteral("Olá"));
    const MessageInsert other
        = repo().insertOutbound(outbound(QStringLiteral("key-2"), QStringLiteral("Olá")));
    QVERIFY(other.inserted);
    QVERIFY(other.id != first.id);
    QCOMPARE(count(), 2);
}

void TestMessageRepository::roundTripsEveryField()
{
    MessageRow row = outbound(QStringLiteral("k"), QStringLiteral("Seu pedido"));
    row.kind = QStringLiteral("template");
    row.status = QStringLiteral("queued");
    row.replyTo = QStringLiteral("wamid.X");
    row.payloadJson = QStringLiteral(R"({"template":{"name":"pedido_enviado"}})");
    row.createdAt = StoreTestDb::at(QStringLiteral("2026-11-25T12:00:00.123Z"));
    row.customerAt = StoreTestDb::at(QStringLiteral("2026-11-25T11:59:59.001Z"));
    row.errorCode = QStringLiteral("window_closed");
    row.errorMessage = QStringLiteral("closed");
    row.pricingJson = QStringLiteral("{}");
    const qint64 id = repo().insertOutbound(row).id;
    QVERIFY(id > 0);
    row.id = id;
    QCOMPARE(*repo().findById(id), row);
}

void TestMessageRepository::statusNeverRegresses_data()
{
    QTest::addColumn<QStringList>("updates");
    QTest::addColumn<QList<bool>>("changed");
    QTest::addColumn<QString>("final");
    auto row = [](const char* name, QStringList updates, QList<bool> changed, const QString& final) {
        QTest::newRow(name) << updates << changed << final;
    };
    row("in order", {u"sent"_qs, u"delivered"_qs, u"read"_qs}, {true, true, true}, u"read"_qs);
    row("delivered before sent", {u"delivered"_qs, u"sent"_qs}, {true, false}, u"delivered"_qs);
    row("read before delivered", {u"read"_qs, u"delivered"_qs, u"sent"_qs}, {true, false, false}, u"read"_qs);
    row("same twice", {u"sent"_qs, u"sent"_qs}, {true, false}, u"sent"_qs);
    row("failed after delivered", {u"delivered"_qs, u"failed"_qs}, {true, true}, u"failed"_qs);
    row("failed does not undo read", {u"read"_qs, u"failed"_qs}, {true, false}, u"read"_qs);
    row("failed is terminal", {u"failed"_qs, u"sent"_qs, u"read"_qs}, {true, false, false}, u"failed"_qs);
    row("unknown and queued ignored", {u"bogus"_qs, u"queued"_qs}, {false, false}, u"queued"_qs);
}

void TestMessageRepository::statusNeverRegresses()
{
    QFETCH(QStringList, updates);
    QFETCH(QList<bool>, changed);
    QFETCH(QString, final);
    const qint64 id = repo().insertOutbound(outbound(QStringLiteral("k"), QStringLiteral("x"))).id;
    for (qsizetype i = 0; i < updates.size(); ++i)
        QCOMPARE(repo().updateStatus(id, updates.at(i), {}, {}), changed.at(i));
    QCOMPARE(repo().findById(id)->status, final);
}

void TestMessageRepository::failureKeepsItsError()
{
    const qint64 id = repo().insertOutbound(outbound(QStringLiteral("k"), QStringLiteral("x"))).id;
    QVERIFY(repo().updateStatus(
        id, QStringLiteral("failed"), QStringLiteral("meta_131047"), QStringLiteral("24h")));
    QVERIFY(!repo().updateStatus(id, QStringLiteral("delivered"), {}, {}));
    const MessageRow row = *repo().findById(id);
    QCOMPARE(row.errorCode, QStringLiteral("meta_131047"));
    QCOMPARE(row.errorMessage, QStringLiteral("24h"));
    // Inbound messages have no delivery status to move.
    const qint64 in = repo().insertInbound(inbound(QStringLiteral("wamid.in"), QStringLiteral("oi"))).id;
    QVERIFY(!repo().updateStatus(in, QStringLiteral("read"), {}, {}));
    QCOMPARE(repo().findById(in)->status, QStringLiteral("received"));
}

void TestMessageRepository::setWamidAndPricing()
{
    const qint64 id = repo().insertOutbound(outbound(QStringLiteral("k"), QStringLiteral("x"))).id;
    QVERIFY(!repo().findByWamid(QStringLiteral("wamid.S")));
    QVERIFY(repo().setWamid(id, QStringLiteral("wamid.S")));
    QCOMPARE(repo().findByWamid(QStringLiteral("wamid.S"))->id, id);
    // A wamid belongs to one message only.
    QTest::ignoreMessage(
        QtWarningMsg, QRegularExpression(QStringLiteral("^query failed: UPDATE messages SET wamid")));
    const qint64 other = repo().insertOutbound(outbound(QStringLiteral("k2"), QStringLiteral("y"))).id;
    QVERIFY(!repo().setWamid(other, QStringLiteral("wamid.S")));
    QVERIFY(repo().setPricing(id, QStringLiteral(R"({"billable":true})")));
    QCOMPARE(repo().findById(id)->pricingJson, QStringLiteral(R"({"billable":true})"));
    QVERIFY(!repo().setPricing(id + 1000, QStringLiteral("{}")));
}

void TestMessageRepository::pageIsOldestFirstWithHasMore()
{
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i)
        ids << repo().insertInbound(inbound(QStringLiteral("wamid.%1").arg(i), QString::number(i))).id;
    // Another conversation's messages never leak in.
    const qint64 otherContact = ContactRepository(m_store.db())
                                    .upsertByKey(QStringLiteral("wa:2"), QStringLiteral("2"), {}, {}, {})
                                    ->id;
    MessageRow stranger = inbound(QStringLiteral("wamid.other"), QStringLiteral("other"));
    stranger.conversationId
        = ConversationRepository(m_store.db()).create(otherContact, m_store.clock().now())->id;
    QVERIFY(repo().insertInbound(stranger).inserted);

    auto idsOf = [](const MessagePage& page) {
        QList<qint64> out;
        for (const MessageRow& row : page.rows)
            out << row.id;
        return out;
    };
    MessagePage page = repo().page(m_conversation, 0, 2);
    QCOMPARE(idsOf(page), (QList<qint64> {ids[3], ids[4]}));
    QVERIFY(page.hasMore);
    page = repo().page(m_conversation, ids[3], 2);
    QCOMPARE(idsOf(page), (QList<qint64> {ids[1], ids[2]}));
    QVERIFY(page.hasMore);
    page = repo().page(m_conversation, ids[1], 2);
    QCOMPARE(idsOf(page), (QList<qint64> {ids[0]}));
    QVERIFY(!page.hasMore);
    page = repo().page(m_conversation, 0, 5);
    QCOMPARE(page.rows.size(), 5);
    QVERIFY(!page.hasMore);
}

void TestMessageRepository::statusLogDeduplicates()
{
    StatusLog log(m_store.db());
    const QDateTime at = m_store.clock().now();
    QVERIFY(log.record(QStringLiteral("wamid.1"), QStringLiteral("delivered"), at, QStringLiteral("{}")));
    QVERIFY(!log.record(
        QStringLiteral("wamid.1"), QStringLiteral("delivered"), at.addSecs(5), QStringLiteral("{}")));
    QVERIFY(log.record(QStringLiteral("wamid.1"), QStringLiteral("read"), at, QStringLiteral("{}")));
    QVERIFY(log.record(QStringLiteral("wamid.2"), QStringLiteral("delivered"), at, QStringLiteral("{}")));
    QCOMPARE(m_store.scalar(QStringLiteral("SELECT COUNT(*) FROM message_statuses")).toInt(), 3);
}

void TestMessageRepository::advanceStatusByWamidMovesForwardOnly()
{
    const qint64 id = repo().insertOutbound(outbound(QStringLiteral("k"), QStringLiteral("x"))).id;
    QVERIFY(repo().setWamid(id, QStringLiteral("wamid.A")));
    QVERIFY(!repo().advanceStatus(QStringLiteral("wamid.unknown"), QStringLiteral("sent"), {}, {}));
    const auto read = repo().advanceStatus(QStringLiteral("wamid.A"), QStringLiteral("read"), {}, {});
    QVERIFY(read);
    // The row as it is after the update, in the same statement.
    QCOMPARE(read->row.id, id);
    QCOMPARE(read->row.status, QStringLiteral("read"));
    QCOMPARE(read->row.conversationId, m_conversation);
    QVERIFY(!repo().advanceStatus(QStringLiteral("wamid.A"), QStringLiteral("delivered"), {}, {}));
    QVERIFY(
        !repo().advanceStatus(QStringLiteral("wamid.A"), QStringLiteral("failed"), QStringLiteral("e"), {}));
    QVERIFY(!repo().advanceStatus(QStringLiteral("wamid.A"), QStringLiteral("bogus"), {}, {}));
    QCOMPARE(repo().findById(id)->status, QStringLiteral("read"));

    const qint64 other = repo().insertOutbound(outbound(QStringLiteral("k2"), QStringLiteral("y"))).id;
    QVERIFY(repo().setWamid(other, QStringLiteral("wamid.B")));
    const auto failed = repo().advanceStatus(QStringLiteral("wamid.B"), QStringLiteral("failed"),
        QStringLiteral("meta_131047"), QStringLiteral("24h"));
    QVERIFY(failed);
    QCOMPARE(failed->row.errorCode, QStringLiteral("meta_131047"));
    QCOMPARE(failed->row.errorMessage, QStringLiteral("24h"));
    // Inbound messages have no delivery status to move.
    QVERIFY(repo().insertInbound(inbound(QStringLiteral("wamid.in"), QStringLiteral("oi"))).inserted);
    QVERIFY(!repo().advanceStatus(QStringLiteral("wamid.in"), QStringLiteral("read"), {}, {}));
    QCOMPARE(repo().findByWamid(QStringLiteral("wamid.in"))->status, QStringLiteral("received"));
}

void TestMessageRepository::statusTargetCarriesTheContactPhone()
{
    const qint64 id = repo().insertOutbound(outbound(QStringLiteral("k"), QStringLiteral("x"))).id;
    QVERIFY(repo().setWamid(id, QStringLiteral("wamid.P")));
    QVERIFY(repo().setPricing(id, QStringLiteral(R"({"billable":true})")));
    const auto found = repo().findStatusTarget(QStringLiteral("wamid.P"));
    QVERIFY(found);
    QCOMPARE(found->row.id, id);
    QCOMPARE(found->row.pricingJson, QStringLiteral(R"({"billable":true})"));
    QCOMPARE(found->contactPhone, QStringLiteral("+551199"));
    const auto sent = repo().advanceStatus(QStringLiteral("wamid.P"), QStringLiteral("sent"), {}, {});
    QVERIFY(sent);
    QCOMPARE(sent->contactPhone, QStringLiteral("+551199"));
    QVERIFY(!repo().findStatusTarget(QStringLiteral("wamid.none")));
    QVERIFY(!repo().findStatusTarget({}));

    StatusLog log(m_store.db());
    QVERIFY(log.record(QStringLiteral("wamid.P"), QStringLiteral("sent"), {}, {}));
    QVERIFY(log.forget(QStringLiteral("wamid.P"), QStringLiteral("sent")));
    // Forgotten: the same status counts as new again.
    QVERIFY(log.record(QStringLiteral("wamid.P"), QStringLiteral("sent"), {}, {}));
}

QTEST_GUILESS_MAIN(TestMessageRepository)
#include "tst_messagerepository.moc"
