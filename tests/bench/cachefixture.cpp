#include "cachefixture.h"

#include "client/localcache.h"
#include "protocol/conversationinfo.h"
#include "protocol/messageinfo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace Atendo::Bench {

using namespace Qt::StringLiterals;

namespace {

const QString FirstNames[] = {u"Maria"_s, u"João"_s, u"Ana"_s, u"José"_s, u"Francisco"_s, u"Antônia"_s,
    u"Carlos"_s, u"Adriana"_s, u"Paulo"_s, u"Juliana"_s, u"Lucas"_s, u"Márcia"_s, u"Pedro"_s, u"Fernanda"_s,
    u"Luiz"_s, u"Patrícia"_s, u"Marcos"_s, u"Aline"_s, u"Gabriel"_s, u"Sandra"_s, u"Rafael"_s, u"Camila"_s,
    u"Daniel"_s, u"Letícia"_s, u"Rodrigo"_s, u"Beatriz"_s, u"Bruno"_s, u"Vanessa"_s, u"Eduardo"_s,
    u"Cláudia"_s};
const QString LastNames[] = {u"Silva"_s, u"Santos"_s, u"Oliveira"_s, u"Souza"_s, u"Rodrigues"_s,
    u"Ferreira"_s, u"Alves"_s, u"Pereira"_s, u"Lima"_s, u"Gomes"_s, u"Costa"_s, u"Ribeiro"_s, u"Martins"_s,
    u"Carvalho"_s, u"Almeida"_s, u"Lopes"_s, u"Soares"_s, u"Fernandes"_s, u"Vieira"_s, u"Barbosa"_s,
    u"Rocha"_s, u"Dias"_s, u"Nascimento"_s, u"Andrade"_s, u"Moreira"_s, u"Nunes"_s, u"Marques"_s,
    u"Machado"_s, u"Mendes"_s};
const QString Phrases[] = {u"Bom dia, meu pedido ainda não chegou, podem verificar?"_s,
    u"Obrigado pelo retorno! Vou aguardar a confirmação do reembolso."_s,
    u"Qual o prazo de entrega para o CEP 01310-100?"_s,
    u"Recebi o produto com defeito, quero trocar por outro igual."_s,
    u"Olá! Seu pedido foi enviado e chega em até 3 dias úteis."_s,
    u"Pode me mandar a segunda via do boleto, por favor?"_s, u"Perfeito, muito obrigada pela ajuda 😊"_s,
    u"Estamos verificando com a transportadora e retornamos em breve."_s};

Protocol::ConversationInfo conversationAt(int i, const QDateTime& now)
{
    Protocol::ConversationInfo c;
    c.id = i + 1;
    const QString waId = u"55%1"_s.arg(11900000000LL + i * 7919LL % 99999999);
    c.contact.id = i + 1;
    c.contact.key = u"wa:"_s + waId;
    c.contact.waId = waId;
    c.contact.phone = u"+"_s + waId;
    c.contact.name = i % 11 == 0
        ? QString()
        : FirstNames[i % std::size(FirstNames)] + u' ' + LastNames[(i / 7) % std::size(LastNames)];
    c.contact.consentState = i % 53 == 0 ? u"opted_out"_s : u"opted_in"_s;
    c.state = i % 20 == 0 ? u"resolved"_s : (i % 10 == 0 ? u"pending"_s : u"open"_s);
    c.assigneeId = i % 3 == 0 ? 0 : 1 + i % CacheFixture::Agents;
    // Activity spread over two days: windows open, closing soon and closed.
    c.lastActivityAt = now.addSecs(-qint64(i) * 17);
    c.lastInboundAt = c.lastActivityAt.addSecs(-(i % 5) * 60);
    c.windowExpiresAt = c.lastInboundAt.addSecs(24 * 3600);
    c.lastMessagePreview = Phrases[i % std::size(Phrases)];
    c.lastMessageDirection = i % 2 == 0 ? u"in"_s : u"out"_s;
    c.unread = i % 2 == 0 ? i % 4 : 0;
    if (i % 2 == 0)
        c.waitingSince = c.lastInboundAt;
    c.createdAt = now.addDays(-(i % 30) - 1);
    return c;
}

Protocol::MessageInfo messageAt(int k, const QDateTime& now)
{
    Protocol::MessageInfo m;
    m.id = k + 1;
    m.conversationId = k % CacheFixture::Conversations + 1;
    const bool inbound = (k / CacheFixture::Conversations) % 2 == 0;
    m.direction = inbound ? u"in"_s : u"out"_s;
    m.text = Phrases[k % std::size(Phrases)] + u" (#%1)"_s.arg(k);
    m.authorId = inbound ? 0 : 1 + k % CacheFixture::Agents;
    m.wamid = u"wamid.HBgNNTUxMTk4NzY1NDMyMRUCABIYFjNFQjBDMEE%1"_s.arg(k, 8, 16, QChar(u'0'));
    m.status = inbound ? u"received"_s : u"read"_s;
    m.key = inbound ? QString() : u"k-%1"_s.arg(k);
    m.createdAt = now.addSecs(-qint64(CacheFixture::Messages - k) * 2);
    if (inbound)
        m.customerAt = m.createdAt;
    return m;
}

} // namespace

QString CacheFixture::defaultPath()
{
    return QDir::tempPath() + u"/atendo-bench/cache-%1x%2.sqlite"_s.arg(Conversations).arg(Messages);
}

QDateTime CacheFixture::now()
{
    return QDateTime(QDate(2026, 11, 25), QTime(14, 0), Qt::UTC);
}

Protocol::AgentInfo CacheFixture::me()
{
    Protocol::AgentInfo agent;
    agent.id = 1;
    agent.username = u"maria"_s;
    agent.displayName = u"Maria Souza"_s;
    agent.presence = u"online"_s;
    agent.capacity = 50;
    return agent;
}

bool CacheFixture::generate(const QString& path)
{
    for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
    LocalCache cache(path);
    if (!cache.isOpen())
        return false;
    QList<Protocol::AgentInfo> agents;
    for (int a = 1; a <= Agents; ++a) {
        Protocol::AgentInfo agent = a == 1 ? me() : Protocol::AgentInfo {};
        if (a > 1) {
            agent.id = a;
            agent.username = u"agent%1"_s.arg(a);
            agent.displayName
                = FirstNames[a % std::size(FirstNames)] + u' ' + LastNames[a % std::size(LastNames)];
        }
        agents.append(agent);
    }
    QList<Protocol::ConversationInfo> conversations;
    conversations.reserve(Conversations);
    for (int i = 0; i < Conversations; ++i)
        conversations.append(conversationAt(i, now()));
    cache.saveSnapshot(123456, conversations, {}, agents);
    QList<Protocol::MessageInfo> page;
    for (int k = 0; k < Messages; ++k) {
        page.append(messageAt(k, now()));
        if (page.size() == 5000 || k == Messages - 1) {
            cache.saveMessages(page);
            page.clear();
        }
    }
    cache.setAgent(me());
    cache.setToken(u"bench-token"_s);
    return true;
}

bool CacheFixture::ensure(const QString& path, const QString& program)
{
    if (QFile::exists(path))
        return true;
    QDir().mkpath(QFileInfo(path).absolutePath());
    return QProcess::execute(program, {u"--generate"_s, path}) == 0 && QFile::exists(path);
}

} // namespace Atendo::Bench
