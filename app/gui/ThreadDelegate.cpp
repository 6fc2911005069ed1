#include "gui/ThreadDelegate.h"

#include "gui/Format.h"
#include "gui/ThreadModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
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

} // namespace

ThreadDelegate::ThreadDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

ThreadDelegate::~ThreadDelegate() = default;

ThreadDelegate::Geometry ThreadDelegate::layout(const QStyleOptionViewItem &option,
                                                const QModelIndex &index,
                                                QTextLayout &text,
                                                QTextLayout &meta)
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
    const QSizeF t
        = wrap(text, index.data(Model::TextRole).toString(), option.font, max, Qt::AlignLeft);
    const QSizeF s = wrap(meta,
                          index.data(Model::MetaTextRole).toString(),
                          smallFont(option.font),
                          max,
                          Qt::AlignLeft);
    const int spacing = fm.height() / 4;
    const int w = int(std::max(t.width(), s.width())) + 2 * inner;
    const int h = int(t.height() + spacing + s.height()) + inner * 3 / 2;
    const int left = outgoing ? width - m - w : m;
    g.bubble = QRect(left, m / 2, w, h);
    g.textAt = QPointF(left + inner, m / 2 + inner * 3 / 4.0);
    g.metaAt = QPointF(left + inner, m / 2 + inner * 3 / 4.0 + t.height() + spacing);
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
    painter->restore();
}

} // namespace ringback::gui
