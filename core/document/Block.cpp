#include "Block.h"

namespace gloss {

QString canonicalText(const QList<Block> &blocks)
{
    qsizetype size = blocks.isEmpty() ? 0 : blocks.size() - 1;
    for (const Block &block : blocks)
        size += block.text.size();
    QString text;
    text.reserve(size);
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        if (i > 0)
            text += QLatin1Char('\n');
        text += blocks.at(i).text;
    }
    return text;
}

} // namespace gloss
