// ReaderImages: an article's pictures, above its text, loaded from the web only with the reader's
// consent.
//
// Privacy first: a picture's request tells its server who read what and when, so nothing is fetched
// until the reader allows it, for this article ("Load Pictures") or for every article of its feed
// ("Always for <feed>", FeedStore::setLoadsImages). Then each picture is fetched without cookies,
// bounded in size, time and pixels, and shown in a strip under the byline. They stand apart from the
// text because the reader's document holds exactly the canonical text (DESIGN.md): a picture inside
// it would move every offset after it.
#pragma once

#include "document/ArticleImages.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QNetworkAccessManager;
class QNetworkReply;
class QPushButton;
class QScrollArea;

namespace gloss::ui {

class ReaderImages : public QWidget {
    Q_OBJECT
public:
    static constexpr qint64 MaxImageBytes = 10 * 1024 * 1024;
    static constexpr qint64 MaxImagePixels = 40'000'000;
    static constexpr int StripHeight = 180;

    explicit ReaderImages(QWidget *parent = nullptr);

    // A new article: its pictures, whether they may load now, and its feed's name for "Always for"
    // (empty: the article has no feed, so only this article can be allowed).
    void setArticle(const QList<ArticleImage> &images, bool allowed, const QString &feedTitle);
    void clear();
    // The reader's consent for the article shown: fetches its pictures.
    void load();

    int imageCount() const { return int(m_images.size()); }
    int loadedCount() const { return m_loaded; }
    bool isAsking() const;
    QPushButton *loadButton() const { return m_load; }
    QPushButton *alwaysButton() const { return m_always; }

Q_SIGNALS:
    // "Always for <feed>" was chosen: the window stores it for the article's feed.
    void alwaysAllowed();
    // One picture arrived (or failed: `ok` false), for tests and the status bar.
    void imageFinished(bool ok);

private:
    void fetch(const ArticleImage &image);
    void finished(QNetworkReply *reply, const ArticleImage &image, quint64 generation);
    void cancelFetches();

    QNetworkAccessManager *m_network = nullptr;
    QList<QNetworkReply *> m_replies;
    QList<ArticleImage> m_images;
    quint64 m_generation = 0; // replies for an article no longer shown are dropped
    int m_loaded = 0;
    QWidget *m_bar = nullptr;
    QLabel *m_barText = nullptr;
    QPushButton *m_load = nullptr;
    QPushButton *m_always = nullptr;
    QScrollArea *m_strip = nullptr;
    QWidget *m_stripContents = nullptr;
    QHBoxLayout *m_stripLayout = nullptr;
};

} // namespace gloss::ui
