#pragma once

#include <QStringList>

class QCoreApplication;
class QTextStream;

namespace Atendo {

struct ServerConfig;

// The atendo-server command line:
//   atendo-server --config server.ini                 run the server
//   atendo-server --config server.ini user add NAME [--display-name "Maria Souza"]
//                 [--role agent|team_lead|admin] [--capacity 8] [--password-stdin]
//   atendo-server --config server.ini user passwd NAME [--password-stdin]
//   atendo-server --config server.ini user list
// Passwords are always read from standard input, never from the command line.
class ServerCli
{
public:
    static int run(QCoreApplication& app);
    // The user subcommands, on an already parsed configuration (tests call this).
    static int userCommand(const ServerConfig& config, const QStringList& args, QTextStream& in,
        QTextStream& out, QTextStream& err);

private:
    static int serve(QCoreApplication& app, const ServerConfig& config);
};

} // namespace Atendo
