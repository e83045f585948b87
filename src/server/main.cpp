#include "server/allocatortuning.h"
#include "server/servercli.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    Atendo::AllocatorTuning::apply();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("atendo-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATENDO_VERSION));
    return Atendo::ServerCli::run(app);
}
