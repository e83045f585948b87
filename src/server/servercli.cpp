#include "server/servercli.h"

#include "core/clock.h"
#include "core/messagingpolicy.h"
#include "server/passwordhasher.h"
#include "server/server.h"
#include "server/serverconfig.h"
#include "server/shutdownsignals.h"
#include "store/agentrepository.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace Atendo {

using namespace Qt::StringLiterals;

namespace {

QString optionValue(QStringList& args, const QString& name, const QString& fallback = {})
{
    const qsizetype at = args.indexOf(name);
    if (at < 0 || at + 1 >= args.size())
        return fallback;
    const QString value = args.at(at + 1);
    args.remove(at, 2);
    return value;
}

QString readPassword(QTextStream& in)
{
    return in.readLine().trimmed();
}

int addUser(Database& db, const ServerConfig& config, QStringList args, QTextStream& in, QTextStream& out,
    QTextStream& err)
{
    const QString displayName = optionValue(args, u"--display-name"_s);
    const QString role = optionValue(args, u"--role"_s, u"agent"_s);
    bool capacityOk = false;
    const int capacity
        = optionValue(args, u"--capacity"_s, QString::number(config.defaultCapacity)).toInt(&capacityOk);
    args.removeAll(u"--password-stdin"_s);
    if (args.size() != 1 || !capacityOk || !agentRoleFromName(role)) {
        err << "usage: user add USERNAME [--display-name NAME] [--role agent|team_lead|admin] [--capacity "
               "N]\n";
        return 2;
    }
    const QString password = readPassword(in);
    if (password.size() < 8) {
        err << "the password (read from standard input) must have at least 8 characters\n";
        return 2;
    }
    const QString username = args.first();
    const qint64 id = AgentRepository(db).create(username, displayName.isEmpty() ? username : displayName,
        role, PasswordHasher(config.pbkdf2Iterations).hash(password), capacity);
    if (id <= 0) {
        err << "could not add " << username << " (is the username taken?)\n";
        return 1;
    }
    out << "added " << username << " (id " << id << ", " << role << ")\n";
    return 0;
}

int changePassword(Database& db, const ServerConfig& config, QStringList args, QTextStream& in,
    QTextStream& out, QTextStream& err)
{
    args.removeAll(u"--password-stdin"_s);
    if (args.size() != 1) {
        err << "usage: user passwd USERNAME (password on standard input)\n";
        return 2;
    }
    AgentRepository agents(db);
    const auto agent = agents.findByUsername(args.first());
    if (!agent) {
        err << "no user " << args.first() << "\n";
        return 1;
    }
    const QString password = readPassword(in);
    if (password.size() < 8) {
        err << "the password (read from standard input) must have at least 8 characters\n";
        return 2;
    }
    if (!agents.setPassword(agent->id, PasswordHasher(config.pbkdf2Iterations).hash(password))) {
        err << "could not store the password\n";
        return 1;
    }
    out << "password changed for " << agent->username << "\n";
    return 0;
}

int listUsers(Database& db, QTextStream& out)
{
    const QList<AgentRow> agents = AgentRepository(db).list();
    for (const AgentRow& agent : agents) {
        out << agent.id << '\t' << agent.username << '\t' << agent.role << '\t' << agent.capacity << '\t'
            << agent.displayName << (agent.disabled ? "\tdisabled" : "") << '\n';
    }
    return 0;
}

} // namespace

int ServerCli::userCommand(
    const ServerConfig& config, const QStringList& args, QTextStream& in, QTextStream& out, QTextStream& err)
{
    QString error;
    auto db = Database::open(config.database, &error);
    if (!db || !db->migrate(&error)) {
        err << "database: " << error << "\n";
        return 1;
    }
    const QString command = args.value(0);
    const QStringList rest = args.mid(1);
    if (command == u"add")
        return addUser(*db, config, rest, in, out, err);
    if (command == u"passwd")
        return changePassword(*db, config, rest, in, out, err);
    if (command == u"list")
        return listUsers(*db, out);
    err << "usage: user add|passwd|list\n";
    return 2;
}

int ServerCli::serve(QCoreApplication& app, const ServerConfig& config)
{
    SystemClock clock;
    Server server(config, &clock);
    QString error;
    if (!server.start(&error)) {
        QTextStream(stderr) << "atendo-server: " << error << "\n";
        return 1;
    }
    ShutdownSignals shutdownSignals;
    QObject::connect(&shutdownSignals, &ShutdownSignals::requested, &app, [&server, &app] {
        server.shutdown();
        app.quit();
    });
    return app.exec();
}

int ServerCli::run(QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Atendo server: many agents, one WhatsApp Business number."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"config"_s, u"The configuration file (INI)."_s, u"file"_s, u"server.ini"_s});
    parser.addPositionalArgument(u"user"_s, u"user add|passwd|list: manage agents."_s);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.process(app);

    QString error;
    const auto config
        = ServerConfig::fromIni(parser.value(u"config"_s), QProcessEnvironment::systemEnvironment(), &error);
    if (!config) {
        QTextStream(stderr) << "atendo-server: " << error << "\n";
        return 1;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return serve(app, *config);
    if (positional.first() != u"user") {
        QTextStream(stderr) << "atendo-server: unknown command " << positional.first() << "\n";
        return 2;
    }
    QTextStream in(stdin);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return userCommand(*config, positional.mid(1), in, out, err);
}

} // namespace Atendo
