#include "ReaderImages.h"

#include <QBuffer>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gloss::ui {

ReaderImages::ReaderImages(QWidget *parent)
    : QWidget(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // No cookie jar, no cache on disk: a fetched picture leaves nothing behind and sends nothing
    // from earlier visits.
    m_network->setCookieJar(nullptr);

    m_bar = new QWidget(this);
    m_barText = new QLabel(m_bar);
    m_barText->setWordWrap(true);
    m_barText->setForegroundRole(QPalette::PlaceholderText);
    m_load = new QPushButton(tr("Load Pictures"), m_bar);
    m_load->setToolTip(tr("Fetch this article's pictures from the web"));
    m_always = new QPushButton(m_bar);
    connect(m_load, &QPushButton::clicked, this, &ReaderImages::load);
    connect(m_always, &QPushButton::clicked, this, [this] {
        Q_EMIT alwaysAllowed();
        load();
    });
    auto *bar = new QHBoxLayout(m_bar);
    bar->setContentsMargins(0, 4, 0, 4);
    bar->addWidget(m_barText, 1);
    bar->addWidget(m_load);
    bar->addWidget(m_always);

    m_strip = new QScrollArea(this);
    m_strip->setObjectName(u"readerPictures"_s);
    m_strip->setFrameShape(QFrame::NoFrame);
    m_strip->setWidgetResizable(true);
    m_strip->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_strip->setFixedHeight(StripHeight + 24);
    m_stripContents = new QWidget(m_strip);
    m_stripLayout = new QHBoxLayout(m_stripContents);
    m_stripLayout->setContentsMargins(0, 0, 0, 0);
    m_stripLayout->addStretch();
    m_strip->setWidget(m_stripContents);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_strip);
    clear();
}

void ReaderImages::clear()
{
    cancelFetches();
    m_images.clear();
    m_loaded = 0;
    while (m_stripLayout->count() > 1) {
        QLayoutItem *item = m_stripLayout->takeAt(0); // the layout's item is ours once taken, as is its widget
        delete item->widget();
        delete item;
    }
    m_bar->hide();
    m_strip->hide();
    hide();
}

bool ReaderImages::isAsking() const
{
    return !m_bar->isHidden();
}

void ReaderImages::setArticle(const QList<ArticleImage> &images, bool allowed, const QString &feedTitle)
{
    clear();
    m_images = images;
    if (images.isEmpty())
        return;
    show();
    if (allowed) {
        load();
        return;
    }
    // Spelled out for one and many: without a translation loaded, Qt prints "%n picture(s)" as is.
    m_barText->setText(images.size() == 1 ? tr("1 picture from the web is not shown, for your privacy.")
                                          : tr("%1 pictures from the web are not shown, for your privacy.").arg(images.size()));
    m_always->setText(tr("Always for \u201c%1\u201d").arg(feedTitle.left(40)));
    m_always->setVisible(!feedTitle.isEmpty());
    m_bar->show();
}

void ReaderImages::load()
{
    m_bar->hide();
    cancelFetches();
    for (const ArticleImage &image : std::as_const(m_images))
        fetch(image);
}

void ReaderImages::cancelFetches()
{
    ++m_generation;
    const QList<QNetworkReply *> replies = std::exchange(m_replies, {});
    for (QNetworkReply *reply : replies)
        reply->abort(); // finished() follows, and is ignored (an older generation)
}

void ReaderImages::fetch(const ArticleImage &image)
{
    QNetworkRequest request(image.url);
    request.setTransferTimeout(20000);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setHeader(QNetworkRequest::UserAgentHeader, u"Gloss"_s);
    QNetworkReply *reply = m_network->get(request);
    m_replies << reply;
    const quint64 generation = m_generation;
    // Refused as soon as it is known to be too big, not after it has all arrived.
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64 total) {
        if (received > MaxImageBytes || total > MaxImageBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, image, generation] { finished(reply, image, generation); });
}

void ReaderImages::finished(QNetworkReply *reply, const ArticleImage &image, quint64 generation)
{
    reply->deleteLater();
    if (generation != m_generation)
        return;
    m_replies.removeOne(reply);
    QByteArray bytes = reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
    QBuffer buffer(&bytes);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    QImage picture;
    // The declared size first: a small file can unpack into an enormous picture.
    if (!bytes.isEmpty() && size.isValid() && qint64(size.width()) * size.height() <= MaxImagePixels)
        picture = reader.read();
    if (picture.isNull()) {
        Q_EMIT imageFinished(false);
        return;
    }
    auto *label = new QLabel(m_stripContents);
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap = QPixmap::fromImage(picture.scaledToHeight(qMin(picture.height(), int(StripHeight * ratio)), Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(ratio);
    label->setPixmap(pixmap);
    label->setToolTip(image.alt.isEmpty() ? image.url.toDisplayString() : image.alt);
    label->setAccessibleName(image.alt);
    m_stripLayout->insertWidget(m_stripLayout->count() - 1, label);
    m_strip->show();
    ++m_loaded;
    Q_EMIT imageFinished(true);
}

} // namespace gloss::ui
