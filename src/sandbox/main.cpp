#include "sandbox/sandbox.h"
#include "sandbox/sandboxoptions.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("atendo-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATENDO_VERSION));

    const Atendo::SandboxOptions::Result options
        = Atendo::SandboxOptions::parse(QCoreApplication::arguments());
    if (options.outcome == Atendo::SandboxOptions::Outcome::ShowText) {
        std::fputs(qPrintable(options.text), stdout);
        return 0;
    }
    if (options.outcome == Atendo::SandboxOptions::Outcome::Error) {
        std::fprintf(stderr, "atendo-sandbox: %s\n", qPrintable(options.text));
        return 2;
    }
    Atendo::Sandbox sandbox(options.config);
    if (!sandbox.listen(options.config.listenAddress, options.config.listenPort))
        return 1;
    return QCoreApplication::exec();
}
