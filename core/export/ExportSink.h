// ExportSink: what receives an export as it is read, one article at a time. Every writer is a sink
// over a QIODevice, so a 100,000-article library is never held in memory at once; BundleCollector
// keeps everything instead, for previews and tests.
#pragma once

#include "ExportData.h"

#include "store/Result.h"

namespace gloss {

class ExportSink {
public:
    virtual ~ExportSink() = default;
    virtual Status begin(const ExportHeader &header) = 0;
    virtual Status article(const ExportedArticle &article) = 0;
    virtual Status finish() = 0;
};

class BundleCollector final : public ExportSink {
public:
    Status begin(const ExportHeader &header) override
    {
        m_bundle.header = header;
        return {};
    }
    Status article(const ExportedArticle &article) override
    {
        m_bundle.articles.append(article);
        return {};
    }
    Status finish() override { return {}; }
    ExportBundle &bundle() { return m_bundle; }

private:
    ExportBundle m_bundle;
};

// Replays an in-memory bundle into a sink: the same writer code serves previews and streaming.
Status replayBundle(const ExportBundle &bundle, ExportSink &sink);

} // namespace gloss
