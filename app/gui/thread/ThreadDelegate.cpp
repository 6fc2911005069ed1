#include "gui/thread/ThreadDelegate.h"

#include "gui/common/Format.h"
#include "gui/thread/MediaCache.h"
#include "gui/thread/ThreadModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace ringback::gui {

namespace {

using Model = ThreadModel;

int viewWidth(const QStyleOptionViewItem &option)
{
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        return view->viewport()->width();
    return option.rect.width() > 0 ? option.rect.width() : 400;
}

// Lays out plain text wrapped at `width` (words, or anywhere for a run too long
// for one line). Returns the size actually used.
QSizeF
wrap(QTextLayout &layout, const QString &text, const QFont &font, qreal width, Qt::Alignment align)
{
    QString plain = text;
    plain.replace(QLatin1String("\r\n"), QString(QChar::LineSeparator));
    plain.replace(QLatin1Char('\n'), QChar::LineSeparator);
    layout.setText(plain);
    layout.setFont(font);
    QTextOption option(align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    qreal y = 0;
    qreal used = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
        used = std::max(used, line.naturalTextWidth());
    }
    layout.endLayout();
    return {std::ceil(used), std::ceil(y)};
}

// A file's chip: its type, and its size or why it could not be read.
QString chipText(const MediaItem &item)
{
    const QString type = item.typeName.isEmpty() ? ThreadDelegate::tr("File") : item.typeName;
    switch (item.state) {
    case MediaItem::State::Ready:
        //: A file attached to a text: its type · its size ("PDF document · 120 KiB").
        return ThreadDelegate::tr("%1 · %2").arg(type, MediaCache::sizeText(item.bytes));
    case MediaItem::State::Failed:
        return ThreadDelegate::tr("%1 · couldn't load it: %2").arg(type, item.error);
    case MediaItem::State::Loading:
        break;
    }
    return type;
}

} // namespace

ThreadDelegate::ThreadDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

ThreadDelegate::~ThreadDelegate() = default;

void ThreadDelegate::setMediaCache(MediaCache *cache)
{
    m_cache = cache;
}

QSize ThreadDelegate::mediaSize(const QStyleOptionViewItem &option, const MediaItem &item, int max)
{
    const QFontMetrics fm(option.font);
    if (item.image) {
        // A fixed height: the row keeps its height when the photo arrives.
        const int h = std::max(96, fm.height() * 7);
        int w = h * 4 / 3;
        const QSize size = item.thumbnailSize;
        if (item.state == MediaItem::State::Ready && !size.isEmpty())
            w = std::clamp(h * size.width() / size.height(), h / 2, h * 2);
        return {std::min(w, max), h};
    }
    const QFontMetrics sm(smallFont(option.font));
    const int pad = std::max(4, sm.height() / 2);
    const int w = 3 * pad + fm.height() + sm.horizontalAdvance(chipText(item));
    return {std::min(w, max), std::max(fm.height(), sm.height()) + 2 * pad};
}

ThreadDelegate::Geometry ThreadDelegate::layout(const QStyleOptionViewItem &option,
                                                const QModelIndex &index,
                                                QTextLayout &text,
                                                QTextLayout &meta) const
{
    const QFontMetrics fm(option.font);
    const int m = textPadding(fm);
    const int inner = std::max(6, fm.height() / 2);
    const int width = std::max(120, viewWidth(option));
    const bool isCall = index.data(Model::KindRole).toInt() == int(Model::ItemKind::Call);
    const bool outgoing = index.data(Model::OutgoingRole).toBool();
    Geometry g;
    if (isCall) {
        // A centred line: the summary, then the time.
        const qreal max = width - 2 * (m + inner);
        const QSizeF t = wrap(
            text, index.data(Model::TextRole).toString(), option.font, max, Qt::AlignHCenter);
        const QSizeF s = wrap(meta,
                              index.data(Model::MetaTextRole).toString(),
                              smallFont(option.font),
                              max,
                              Qt::AlignHCenter);
        const int w = int(std::max(t.width(), s.width())) + 2 * inner;
        const int h = int(t.height() + s.height()) + inner;
        g.bubble = QRect((width - w) / 2, m, w, h);
        // Lines are centred inside `max`; shift them to the bubble's middle.
        const qreal shift = (width - max) / 2.0;
        g.textAt = QPointF(shift, m + inner / 2.0);
        g.metaAt = QPointF(shift, m + inner / 2.0 + t.height());
        g.height = h + 2 * m;
        return g;
    }
    const int maxBubble = std::max(80, width * 3 / 4);
    const qreal max = maxBubble - 2 * inner;
    const QString body = index.data(Model::TextRole).toString();
    const QStringList media = m_cache ? index.data(Model::MediaRole).toStringList() : QStringList();
    const QSizeF t = body.isEmpty() && !media.isEmpty()
                         ? QSizeF()
                         : wrap(text, body, option.font, max, Qt::AlignLeft);
    const QSizeF s = wrap(meta,
                          index.data(Model::MetaTextRole).toString(),
                          smallFont(option.font),
                          max,
                          Qt::AlignLeft);
    const int spacing = fm.height() / 4;

    // Attachments flow left to right, wrapping at the bubble's width.
    const int gap = std::max(4, inner / 2);
    int x = 0;
    int y = 0;
    int rowHeight = 0;
    int mediaWidth = 0;
    for (const QString &url : media) {
        const QSize size = mediaSize(option, m_cache->peek(url), int(max));
        if (x > 0 && x + size.width() > max) {
            x = 0;
            y += rowHeight + gap;
            rowHeight = 0;
        }
        g.media << QRect(QPoint(x, y), size);
        x += size.width() + gap;
        rowHeight = std::max(rowHeight, size.height());
        mediaWidth = std::max(mediaWidth, x - gap);
    }
    const int mediaHeight = media.isEmpty() ? 0 : y + rowHeight + (t.height() > 0 ? spacing : 0);

    const int w = int(std::max({t.width(), s.width(), qreal(mediaWidth)})) + 2 * inner;
    const int h = int(t.height() + mediaHeight + spacing + s.height()) + inner * 3 / 2;
    const int left = outgoing ? width - m - w : m;
    const qreal top = m / 2 + inner * 3 / 4.0;
    g.bubble = QRect(left, m / 2, w, h);
    g.textAt = QPointF(left + inner, top);
    const int mediaTop = int(top + t.height()) + (t.height() > 0 ? spacing : 0);
    for (QRect &r : g.media)
        r.translate(left + inner, mediaTop);
    g.metaAt = QPointF(left + inner, top + t.height() + mediaHeight + spacing);
    g.height = h + m;
    return g;
}

QSize ThreadDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QTextLayout text;
    QTextLayout meta;
    const Geometry g = layout(option, index, text, meta);
    return {std::max(120, viewWidth(option)) - 1, g.height};
}

void ThreadDelegate::paint(QPainter *painter,
                           const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    QTextLayout text;
    QTextLayout meta;
    const Geometry g = layout(option, index, text, meta);
    const QPalette &pal = option.palette;
    const QPalette::ColorGroup group
        = (option.state & QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const bool isCall = index.data(Model::KindRole).toInt() == int(Model::ItemKind::Call);
    const bool outgoing = index.data(Model::OutgoingRole).toBool();
    const bool failed = index.data(Model::FailedRole).toBool();
    const bool urgent = index.data(Model::UrgentRole).toBool();
    const bool system
        = index.data(Model::MessageKindRole).toString() == toString(MessageKind::System);
    const bool selected = option.state & QStyle::State_Selected;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(option.rect.topLeft());
    const QRectF bubble = QRectF(g.bubble).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius
        = std::min<qreal>(QFontMetrics(option.font).height() * 0.6, bubble.height() / 2);

    QColor fill;
    QColor border;
    QColor textColor = pal.color(group, QPalette::Text);
    QColor metaColor = pal.color(group, QPalette::PlaceholderText);
    if (isCall) {
        border = pal.color(group, QPalette::Mid);
        metaColor = textColor = pal.color(group, QPalette::PlaceholderText);
        textColor = pal.color(group, QPalette::WindowText);
    } else if (outgoing && !failed && !system) {
        fill = pal.color(group, QPalette::Highlight);
        textColor = pal.color(group, QPalette::HighlightedText);
        metaColor = textColor;
        metaColor.setAlphaF(0.8f);
    } else {
        fill = pal.color(group, QPalette::AlternateBase);
        border = pal.color(group, QPalette::Mid);
    }
    if (failed) {
        border = errorColor(pal);
        metaColor = errorColor(pal);
    } else if (urgent) {
        border = urgentColor(pal);
    }
    if (selected)
        border = outgoing && fill == pal.color(group, QPalette::Highlight)
                     ? pal.color(group, QPalette::Text)
                     : pal.color(group, QPalette::Highlight);

    painter->setBrush(fill.isValid() ? QBrush(fill) : QBrush(Qt::NoBrush));
    painter->setPen(border.isValid() ? QPen(border, selected || failed || urgent ? 2 : 1)
                                     : QPen(Qt::NoPen));
    painter->drawRoundedRect(bubble, radius, radius);
    if (urgent && !isCall) {
        const int strip = std::max(3, int(radius / 2));
        painter->fillRect(
            QRectF(bubble.left(), bubble.top() + radius, strip, bubble.height() - 2 * radius),
            urgentColor(pal));
    }

    painter->setPen(textColor);
    text.draw(painter, g.textAt);
    painter->setPen(metaColor);
    meta.draw(painter, g.metaAt);
    const QStringList media = m_cache ? index.data(Model::MediaRole).toStringList() : QStringList();
    for (int i = 0; i < media.size() && i < g.media.size(); ++i)
        paintMedia(painter, option, g.media.at(i), m_cache->request(media.at(i)));
    painter->restore();
}

void ThreadDelegate::paintMedia(QPainter *painter,
                                const QStyleOptionViewItem &option,
                                const QRect &rect,
                                const MediaItem &item)
{
    const QPalette &pal = option.palette;
    const QFont small = smallFont(option.font);
    const QFontMetrics sm(small);
    const int pad = std::max(4, sm.height() / 2);
    const bool failed = item.state == MediaItem::State::Failed;
    const QRectF box = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = std::min<qreal>(pad, box.height() / 4);

    painter->save();
    painter->setBrush(pal.color(QPalette::Base));
    painter->setPen(QPen(failed ? errorColor(pal) : pal.color(QPalette::Mid), failed ? 2 : 1));
    painter->drawRoundedRect(box, radius, radius);
    painter->setFont(small);
    if (!item.image) {
        const int icon = QFontMetrics(option.font).height();
        const QRect iconRect(rect.left() + pad, rect.center().y() - icon / 2, icon, icon);
        QApplication::style()->standardIcon(QStyle::SP_FileIcon).paint(painter, iconRect);
        const QRect textRect = rect.adjusted(2 * pad + icon, 0, -pad, 0);
        painter->setPen(failed ? errorColor(pal) : pal.color(QPalette::Text));
        painter->drawText(textRect,
                          Qt::AlignVCenter | Qt::AlignLeft,
                          sm.elidedText(chipText(item), Qt::ElideRight, textRect.width()));
    } else if (item.state == MediaItem::State::Ready && !item.thumbnail.isNull()) {
        QPainterPath clip;
        clip.addRoundedRect(box, radius, radius);
        painter->setClipPath(clip);
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        const QSize fitted = item.thumbnail.size().scaled(rect.size(), Qt::KeepAspectRatio);
        QRect target(QPoint(), fitted);
        target.moveCenter(rect.center());
        painter->drawImage(target, item.thumbnail);
    } else if (failed) {
        // "Couldn't load photo" in bold, the reason under it, centred.
        const QRect inner = rect.adjusted(pad, pad, -pad, -pad);
        const int flags = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap;
        const QString title = tr("Couldn't load photo");
        const QFont bold = boldFont(small);
        const int titleHeight = QFontMetrics(bold).boundingRect(inner, flags, title).height();
        const int reasonHeight = sm.boundingRect(inner, flags, item.error).height();
        const int top = std::max(0, (inner.height() - titleHeight - reasonHeight) / 2);
        painter->setClipRect(inner);
        painter->setPen(pal.color(QPalette::Text));
        painter->setFont(bold);
        painter->drawText(inner.adjusted(0, top, 0, 0), flags, title);
        painter->setFont(small);
        painter->drawText(inner.adjusted(0, top + titleHeight, 0, 0), flags, item.error);
    } else {
        painter->setPen(pal.color(QPalette::PlaceholderText));
        painter->drawText(rect, Qt::AlignCenter, tr("Loading photo…"));
    }
    painter->restore();
}

QList<QRect> ThreadDelegate::mediaRects(const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    QTextLayout text;
    QTextLayout meta;
    QList<QRect> rects = layout(option, index, text, meta).media;
    for (QRect &r : rects)
        r.translate(option.rect.topLeft());
    return rects;
}

bool ThreadDelegate::editorEvent(QEvent *event,
                                 QAbstractItemModel *model,
                                 const QStyleOptionViewItem &option,
                                 const QModelIndex &index)
{
    if (m_cache && event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton) {
            const QList<QRect> rects = mediaRects(option, index);
            for (int i = 0; i < rects.size(); ++i) {
                if (rects.at(i).contains(mouse->position().toPoint())) {
                    emit mediaActivated(index, i);
                    return true;
                }
            }
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace ringback::gui
