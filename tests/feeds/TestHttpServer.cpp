#include "TestHttpServer.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QtEndian>

#include <array>

namespace gloss::test {

namespace {

constexpr qint64 pieceSize = 64 * 1024;
// Keep at most this much queued in the socket: large bodies then really stream, and a client that
// aborts early makes the server stop writing.
constexpr qint64 maxQueued = 256 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 410: return "Gone";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char ch : data)
        crc = table[(crc ^ quint8(ch)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

bool hasNoBody(int status, const QByteArray &method)
{
    return method == "HEAD" || status == 204 || status == 304 || (status >= 100 && status < 200);
}

} // namespace

struct TestHttpServer::Connection {
    QTcpSocket *socket = nullptr;
    QByteArray in;
    bool busy = false;         // a request arrived and is not answered in full yet
    bool responding = false;   // its answer is being written
    bool closeAfter = false;
    QByteArray body;           // being streamed
    qint64 sent = 0;
    bool chunked = false;
    bool bodyDone = true;
};

TestHttpServer::TestHttpServer(QObject *parent) : QObject(parent), server_(new QTcpServer(this))
{
    connect(server_, &QTcpServer::newConnection, this, &TestHttpServer::onNewConnection);
    server_->listen(QHostAddress::LocalHost, 0);
}

TestHttpServer::~TestHttpServer()
{
    for (Connection *c : std::as_const(open_)) {
        c->socket->disconnect(this);
        delete c;
    }
}

bool TestHttpServer::isListening() const { return server_->isListening(); }
quint16 TestHttpServer::port() const { return server_->serverPort(); }

QUrl TestHttpServer::url(const QByteArray &path) const
{
    return QUrl::fromEncoded(QByteArray("http://127.0.0.1:" + QByteArray::number(port()) + path));
}

void TestHttpServer::route(const QByteArray &path, const Response &response)
{
    routes_.insert(path, [response](const Request &) { return response; });
}

void TestHttpServer::route(const QByteArray &path, Handler handler)
{
    routes_.insert(path, std::move(handler));
}

int TestHttpServer::requestCount(const QByteArray &path) const
{
    return int(std::count_if(requests_.cbegin(), requests_.cend(),
                             [&path](const Request &r) { return r.path == path; }));
}

void TestHttpServer::clearRequests()
{
    requests_.clear();
    maxActive_ = active_;
}

QByteArray TestHttpServer::gzip(const QByteArray &data)
{
    // qCompress gives [4-byte length][zlib header (2)][raw deflate][adler32 (4)]; gzip wants the same
    // raw deflate between its own header and a CRC-32 + size trailer. Saves a zlib dependency.
    const QByteArray zlib = qCompress(data, 9);
    const QByteArray deflate = zlib.mid(6, zlib.size() - 10);
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", 10);
    out += deflate;
    char trailer[8];
    qToLittleEndian<quint32>(crc32(data), trailer);
    qToLittleEndian<quint32>(quint32(data.size()), trailer + 4);
    out += QByteArray(trailer, 8);
    return out;
}

void TestHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = server_->nextPendingConnection()) {
        ++connections_;
        auto *c = new Connection;
        c->socket = socket;
        open_.insert(socket, c);
        connect(socket, &QTcpSocket::readyRead, this, [this, c] { onReadyRead(c); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, c] { writeMore(c); });
        connect(socket, &QTcpSocket::disconnected, this, [this, c] { drop(c); });
    }
}

void TestHttpServer::onReadyRead(Connection *c)
{
    c->in += c->socket->readAll();
    if (c->busy)
        return;  // no pipelining: the next request waits until this one is answered
    const qsizetype end = c->in.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QList<QByteArray> lines = c->in.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    Request request;
    request.method = requestLine.value(0);
    request.path = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype total = end + 4 + request.header("content-length").toLongLong();
    if (c->in.size() < total)
        return;  // wait for the request body
    c->in.remove(0, total);
    c->busy = true;
    c->closeAfter = request.header("connection").toLower() == "close";
    maxActive_ = qMax(maxActive_, ++active_);
    requests_.append(request);
    handle(c, request);
}

TestHttpServer::Response TestHttpServer::responseFor(const Request &request) const
{
    auto it = routes_.constFind(request.path);
    if (it == routes_.cend()) {
        const qsizetype query = request.path.indexOf('?');
        if (query >= 0)
            it = routes_.constFind(request.path.left(query));
    }
    if (it == routes_.cend())
        return Response(404, "no route for " + request.path);
    return (*it)(request);
}

void TestHttpServer::handle(Connection *c, const Request &request)
{
    Response response = responseFor(request);
    if (hasNoBody(response.status, request.method))
        response.body.clear();
    if (response.stall)
        return;  // stays busy until the client gives up
    if (response.delayMs > 0) {
        // The socket as context: a client that hangs up first cancels the answer.
        QTimer::singleShot(response.delayMs, c->socket, [this, c, response] { respond(c, response); });
        return;
    }
    respond(c, response);
}

void TestHttpServer::respond(Connection *c, const Response &response)
{
    c->body = response.gzip ? gzip(response.body) : response.body;
    c->sent = 0;
    c->chunked = response.chunked && !c->body.isEmpty();
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    if (response.gzip)
        head += "Content-Encoding: gzip\r\n";
    if (c->chunked)
        head += "Transfer-Encoding: chunked\r\n";
    else if (response.status != 304 && response.status != 204)
        head += "Content-Length: " + QByteArray::number(c->body.size()) + "\r\n";
    if (c->closeAfter)
        head += "Connection: close\r\n";
    head += "\r\n";
    c->bodyDone = false;
    c->responding = true;
    c->socket->write(head);
    writeMore(c);
}

void TestHttpServer::writeMore(Connection *c)
{
    if (!c->responding)
        return;
    while (!c->bodyDone && c->socket->bytesToWrite() < maxQueued) {
        const QByteArray piece = c->body.mid(c->sent, pieceSize);
        c->sent += piece.size();
        if (c->chunked) {
            if (!piece.isEmpty())
                c->socket->write(QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n");
            if (c->sent >= c->body.size()) {
                c->socket->write("0\r\n\r\n");
                c->bodyDone = true;
            }
        } else {
            c->socket->write(piece);
            c->bodyDone = c->sent >= c->body.size();
        }
    }
    if (c->bodyDone && c->socket->bytesToWrite() == 0)
        endRequest(c);
}

void TestHttpServer::endRequest(Connection *c)
{
    c->busy = false;
    c->responding = false;
    c->body.clear();
    --active_;
    if (c->closeAfter) {
        c->socket->disconnectFromHost();
        return;
    }
    if (!c->in.isEmpty())
        onReadyRead(c);
}

void TestHttpServer::drop(Connection *c)
{
    if (!open_.remove(c->socket))
        return;
    if (c->busy)
        --active_;
    c->socket->deleteLater();
    delete c;
}

} // namespace gloss::test
