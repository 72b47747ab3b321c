// A small real HTTP/1.1 server on 127.0.0.1 (random free port) for tests and benchmarks of code that
// fetches over the network. Runs on the thread that created it, inside that thread's event loop, so
// tests drive it with QTRY_* / QSignalSpy::wait like any other asynchronous Qt object.
//
//   TestHttpServer server;                         // listening when constructed (check isListening())
//   server.route("/feed.xml", {200, rss, {{"ETag", "\"v1\""}}});  // status, body, headers
//   server.route("/dyn", [](const TestHttpServer::Request &r) { ... return Response{...}; });
//   fetch(server.url("/feed.xml"));
//   QCOMPARE(server.requestCount("/feed.xml"), 1);
//   QCOMPARE(server.requests().last().header("if-none-match"), "\"v1\"");
//
// Keep-alive connections, Content-Length or chunked bodies (written in 64 KiB pieces as the socket
// drains, so large bodies are streamed), real gzip (Content-Encoding: gzip), delayed and stalled
// answers. Unrouted paths get 404. Requests' bodies are read and ignored.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>
#include <utility>

class QTcpServer;
class QTcpSocket;

namespace gloss::test {

class TestHttpServer : public QObject
{
    Q_OBJECT
public:
    struct Request {
        QByteArray method;
        QByteArray path;                          // with the query, as sent
        QHash<QByteArray, QByteArray> headers;    // names lower-cased
        QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    };

    struct Response {
        Response() = default;
        Response(int status_, QByteArray body_ = {},
                 QList<std::pair<QByteArray, QByteArray>> headers_ = {})
            : status(status_), body(std::move(body_)), headers(std::move(headers_)) {}

        int status = 200;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;  // extra headers, sent as given
        bool gzip = false;      // send body gzip-compressed with Content-Encoding: gzip
        bool chunked = false;   // Transfer-Encoding: chunked instead of Content-Length
        int delayMs = 0;        // answer this long after the request arrived
        bool stall = false;     // read the request, never answer, keep the connection open
    };
    using Handler = std::function<Response(const Request &)>;

    explicit TestHttpServer(QObject *parent = nullptr);
    ~TestHttpServer() override;

    bool isListening() const;
    quint16 port() const;
    QUrl url(const QByteArray &path) const;  // http://127.0.0.1:PORT + path

    // Exact path match (query included when the route has one, else ignored). Re-routing replaces.
    void route(const QByteArray &path, const Response &response);
    void route(const QByteArray &path, Handler handler);

    QList<Request> requests() const { return requests_; }   // in arrival order
    int requestCount() const { return int(requests_.size()); }
    int requestCount(const QByteArray &path) const;
    // Most requests that had arrived and were not yet answered in full at one moment (stalled and
    // delayed ones count until their connection closes or the answer is written).
    int maxConcurrentRequests() const { return maxActive_; }
    int connectionCount() const { return connections_; }   // accepted since construction
    // Forgets recorded requests and restarts maxConcurrentRequests(), e.g. between benchmark rounds.
    void clearRequests();

    // gzip (RFC 1952) of data, for building responses by hand.
    static QByteArray gzip(const QByteArray &data);

private:
    struct Connection;
    void onNewConnection();
    void onReadyRead(Connection *c);
    void handle(Connection *c, const Request &request);
    void respond(Connection *c, const Response &response);
    void writeMore(Connection *c);
    void endRequest(Connection *c);
    void drop(Connection *c);
    Response responseFor(const Request &request) const;

    QTcpServer *server_;
    QHash<QByteArray, Handler> routes_;
    QList<Request> requests_;
    QHash<QTcpSocket *, Connection *> open_;
    int active_ = 0;
    int maxActive_ = 0;
    int connections_ = 0;
};

} // namespace gloss::test
