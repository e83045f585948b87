// The real atendo-server for the benches, in a process of its own so that the
// load generator and the consoles do not share its event loop (nor its core).
// SQLite in a temporary folder; agents, conversations (a fraction of them
// assigned) and outbound messages seeded before the server opens the database,
// so it starts as it would over a busy desk's data. Prints "# seeded …", then
// "READY <http port> <console port>", and runs until its stdin closes.
#include "core/clock.h"
#include "server/allocatortuning.h"
#include "server/passwordhasher.h"
#include "server/server.h"
#include "server/serverconfig.h"
#include "store/agentrepository.h"
#include "store/contactrepository.h"
#include "store/conversationrepository.h"
#include "store/database.h"
#include "store/messagerepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <unistd.h>

using namespace Atendo;
using namespace Qt::StringLiterals;

namespace {

constexpr int BenchPbkdf2Iterations = 1000; // logins are setup here, not measured

// The new agents' ids, agent001 first.
QList<qint64> seedAgents(Database& db, int count)
{
    const PasswordHasher hasher(BenchPbkdf2Iterations);
    const QString hash = hasher.hash(u"bench-pass"_s);
    AgentRepository agents(db);
    QList<qint64> ids;
    for (int i = 1; i <= count; ++i)
        ids.append(agents.create(
            u"agent%1"_s.arg(i, 3, 10, QChar(u'0')), u"Agent %1"_s.arg(i), u"agent"_s, hash, 50));
    return ids;
}

// Conversation c (0-based) is among the `fraction` assigned when the count of
// assigned ones up to it steps: spread evenly over the customers, so the
// statuses the load names (spread the same way) hit assigned ones in that share.
bool isAssigned(int c, double fraction)
{
    return int((c + 1) * fraction) > int(c * fraction);
}

// One conversation per customer, `assigned` of them given round-robin to the
// agents, and `outbound` sent messages spread over them, with the wamids the
// load generator's statuses name ("wamid.seed.<n>"). Returns how many were assigned, -1 on failure.
int seedOutbound(Database& db, const Clock& clock, int customers, int outbound, double assigned,
    const QList<qint64>& agentIds)
{
    Transaction tx = db.transaction();
    ContactRepository contacts(db);
    ConversationRepository conversations(db);
    MessageRepository messages(db);
    QList<qint64> conversationIds;
    int given = 0;
    for (int c = 0; c < customers; ++c) {
        const QString waId = u"5511%1"_s.arg(900000000 + c);
        const auto contact
            = contacts.upsertByKey(u"wa:"_s + waId, waId, {}, u"+"_s + waId, u"Cliente %1"_s.arg(c));
        const auto conversation = contact ? conversations.create(contact->id, clock.now()) : std::nullopt;
        if (!conversation)
            return -1;
        conversationIds.append(conversation->id);
        if (!agentIds.isEmpty() && isAssigned(c, assigned)) {
            if (!conversations.setAssignee(conversation->id, agentIds.at(given % agentIds.size())))
                return -1;
            ++given;
        }
    }
    for (int n = 0; n < outbound; ++n) {
        MessageRow row;
        row.conversationId = conversationIds.at(n % customers);
        row.idempotencyKey = u"seed-%1"_s.arg(n);
        row.direction = u"out"_s;
        row.kind = u"text"_s;
        row.text = u"Olá! Seu pedido %1 foi enviado."_s.arg(n);
        row.authorId = 1;
        row.wamid = u"wamid.seed.%1"_s.arg(n);
        row.status = u"queued"_s;
        if (messages.insertOutbound(row).id <= 0)
            return -1;
    }
    return tx.commit() ? given : -1;
}

// Seeds through a connection of its own, closed before the server opens the file.
bool seed(const DatabaseConfig& config, const QCommandLineParser& parser, const Clock& clock)
{
    QString error;
    const std::unique_ptr<Database> db = Database::open(config, &error);
    if (!db || !db->migrate(&error)) {
        std::fprintf(stderr, "seeding failed: %s\n", qPrintable(error));
        return false;
    }
    db->setClock(&clock);
    const QList<qint64> agentIds = seedAgents(*db, parser.value(u"agents"_s).toInt());
    const int customers = std::max(1, parser.value(u"customers"_s).toInt());
    const double fraction = std::clamp(parser.value(u"assigned"_s).toDouble(), 0.0, 1.0);
    const int given
        = seedOutbound(*db, clock, customers, parser.value(u"outbound"_s).toInt(), fraction, agentIds);
    if (given < 0) {
        std::fprintf(stderr, "seeding failed: %s\n", qPrintable(db->lastError()));
        return false;
    }
    std::printf("# seeded %d agents, %d conversations (%d assigned round-robin, --assigned %.2f)\n",
        int(agentIds.size()), customers, given, fraction);
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    AllocatorTuning::apply();
    QCoreApplication app(argc, argv);
    // Start-up and state-change chatter only; warnings still show.
    QLoggingCategory::setFilterRules(u"atendo.*.info=false"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption agents(u"agents"_s, u"Agents to create (agent001...)."_s, u"n"_s, u"200"_s);
    const QCommandLineOption customers(u"customers"_s, u"Seeded customers."_s, u"n"_s, u"2000"_s);
    const QCommandLineOption outbound(u"outbound"_s, u"Seeded outbound messages."_s, u"n"_s, u"0"_s);
    const QCommandLineOption assigned(u"assigned"_s,
        u"Fraction of the conversations assigned round-robin to the agents."_s, u"fraction"_s, u"0"_s);
    const QCommandLineOption coalesce(
        u"coalesce-ms"_s, u"Event coalescing tick (server default 15)."_s, u"ms"_s, u"15"_s);
    parser.addOptions({agents, customers, outbound, assigned, coalesce});
    parser.process(app);

    QTemporaryDir dir;
    SystemClock clock;
    ServerConfig config;
    config.consolePort = 0;
    config.httpPort = 0;
    config.database = DatabaseConfig::sqlite(dir.filePath(u"atendo.db"_s));
    config.pbkdf2Iterations = BenchPbkdf2Iterations;
    config.coalesceMs = parser.value(coalesce).toInt();
    // Consoles here are load generators; the per-session request limit is not under test.
    config.requestsPerSecond = 10000;
    config.requestBurst = 10000;
    config.appSecret = u"bench-app-secret"_s;
    config.accessToken = u"bench-access-token"_s;
    config.verifyToken = u"bench-verify-token"_s;
    config.phoneNumberId = u"106540352242922"_s;
    config.wabaId = u"102290129340398"_s;
    // No Graph API in these benches: template sync fails fast and waits an hour.
    config.graphBaseUrl = QUrl(u"http://127.0.0.1:9"_s);

    if (!seed(config.database, parser, clock))
        return 1;
    Server server(config, &clock);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "server did not start: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("READY %d %d\n", server.httpPort(), server.consolePort());
    std::fflush(stdout);

    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[256];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) {
            input.setEnabled(false);
            server.shutdown(1000);
            app.quit();
        }
    });
    return app.exec();
}
