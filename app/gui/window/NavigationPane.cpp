#include "gui/window/NavigationPane.h"

#include "store/Database.h"
#include "store/OwnConnection.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QStyledItemDelegate>

#include <algorithm>
#include <memory>

namespace ringback::gui {

namespace {

constexpr int kFilter = 0;
constexpr int kPage = 1;

// Paints an entry's count right-aligned after its label.
class CountDelegate final : public QStyledItemDelegate
{
public:
    CountDelegate(int countRole, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_countRole(countRole)
    {}

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        // The row's background as the style draws it, then the label with
        // some air on the left, then the count on the right.
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QString label = opt.text;
        opt.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        if (!(index.flags() & Qt::ItemIsEnabled))
            return;
        const bool selected = option.state & QStyle::State_Selected;
        const int pad = option.fontMetrics.horizontalAdvance(QLatin1Char('M'));
        painter->save();
        painter->setPen(
            option.palette.color(selected ? QPalette::HighlightedText : QPalette::WindowText));
        painter->drawText(
            option.rect.adjusted(pad, 0, -pad, 0),
            Qt::AlignLeft | Qt::AlignVCenter,
            option.fontMetrics.elidedText(label, Qt::ElideRight, option.rect.width()));
        painter->restore();
        const int n = index.data(m_countRole).toInt();
        if (n < 0)
            return;
        QFont font = option.font;
        font.setBold(true);
        painter->save();
        painter->setFont(font);
        painter->setPen(
            option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->drawText(option.rect.adjusted(0, 0, -pad, 0),
                          Qt::AlignRight | Qt::AlignVCenter,
                          QLocale().toString(n));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (index.flags() & Qt::ItemIsEnabled)
            size.setHeight(qMax(size.height(), option.fontMetrics.height() * 2));
        size.setWidth(size.width()
                      + option.fontMetrics.horizontalAdvance(QStringLiteral("000000")));
        return size;
    }

private:
    int m_countRole;
};

} // namespace

NavigationPane::NavigationPane(Queries &queries, QWidget *parent)
    : QListWidget(parent)
    , m_queries(queries)
{
    setObjectName(QStringLiteral("navigationPane"));
    setAccessibleName(tr("Views"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setItemDelegate(new CountDelegate(CountRole, this));
    setFrameShape(QFrame::NoFrame);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    // The pane takes the window's colour, like a mail program's folder list.
    setBackgroundRole(QPalette::Window);
    viewport()->setBackgroundRole(QPalette::Window);

    m_recount.setSingleShot(true);
    m_recount.setInterval(300);
    connect(&m_recount, &QTimer::timeout, this, &NavigationPane::recountNow);
    connect(this, &QListWidget::currentItemChanged, this, &NavigationPane::onCurrentItemChanged);
}

void NavigationPane::addFilter(ConversationFilter filter,
                               const QString &label,
                               const QString &toolTip)
{
    auto *item = new QListWidgetItem(this);
    item->setToolTip(toolTip);
    item->setData(KindRole, kFilter);
    item->setData(ValueRole, int(filter));
    item->setData(LabelRole, label);
    item->setData(CountRole, -1);
    updateItemText(item);
}

void NavigationPane::addPage(Page page, const QString &label)
{
    if (count() > 0 && itemFor(kPage, -1) == nullptr) {
        // A thin gap between the inbox's filters and the other pages.
        auto *gap = new QListWidgetItem(this);
        gap->setFlags(Qt::NoItemFlags);
        gap->setSizeHint(QSize(1, fontMetrics().height() / 2));
        gap->setData(KindRole, -1);
    }
    auto *item = new QListWidgetItem(this);
    item->setData(KindRole, kPage);
    item->setData(ValueRole, int(page));
    item->setData(LabelRole, label);
    item->setData(CountRole, -1);
    updateItemText(item);
}

QListWidgetItem *NavigationPane::itemFor(int kind, int value) const
{
    for (int i = 0; i < count(); ++i) {
        QListWidgetItem *it = item(i);
        if (it->data(KindRole).toInt() == kind
            && (value < 0 || it->data(ValueRole).toInt() == value))
            return it;
    }
    return nullptr;
}

void NavigationPane::updateItemText(QListWidgetItem *item)
{
    const QString label = item->data(LabelRole).toString();
    const int n = item->data(CountRole).toInt();
    item->setText(label);
    item->setData(
        Qt::AccessibleTextRole,
        n < 0 ? label
              //: Read by screen readers for a view with its count: "Unread, 12 conversations".
              : tr("%1, %n conversation(s)", nullptr, n).arg(label));
}

void NavigationPane::selectFilter(ConversationFilter filter)
{
    if (QListWidgetItem *it = itemFor(kFilter, int(filter)))
        setCurrentItem(it);
}

void NavigationPane::selectPage(Page page)
{
    if (QListWidgetItem *it = itemFor(kPage, int(page)))
        setCurrentItem(it);
}

int NavigationPane::shownCount(ConversationFilter filter) const
{
    const QListWidgetItem *it = itemFor(kFilter, int(filter));
    return it ? it->data(CountRole).toInt() : -1;
}

void NavigationPane::setPageCount(Page page, int n)
{
    QListWidgetItem *it = itemFor(kPage, int(page));
    if (!it || it->data(CountRole).toInt() == n)
        return;
    it->setData(CountRole, n);
    updateItemText(it);
}

void NavigationPane::scheduleRecount()
{
    if (!m_recount.isActive())
        m_recount.start();
}

void NavigationPane::recountNow()
{
    m_recount.stop();
    // One count at a time; a change meanwhile counts once more after it.
    if (m_counting) {
        m_countAgain = true;
        return;
    }
    std::vector<ConversationFilter> filters;
    for (int i = 0; i < count(); ++i) {
        if (item(i)->data(KindRole).toInt() == kFilter)
            filters.push_back(ConversationFilter(item(i)->data(ValueRole).toInt()));
    }
    auto counts = std::make_shared<std::vector<int>>(filters.size(), 0);
    const auto countAll = [filters, counts](Database &db) {
        Queries queries(db);
        for (size_t i = 0; i < filters.size(); ++i)
            (*counts)[i] = queries.conversationCount(filters[i]);
        return Status();
    };
    // A count over 100,000 conversations per filter: on a thread of its own
    // with its own connection, so a burst of calls does not hold up the window.
    m_counting = true;
    runWithOwnConnection(
        m_queries.database().filePath(), countAll, this, [this, filters, counts](const Status &ok) {
            m_counting = false;
            if (ok)
                showCounts(filters, *counts);
            if (m_countAgain) {
                m_countAgain = false;
                recountNow();
            }
        });
}

void NavigationPane::showCounts(const std::vector<ConversationFilter> &filters,
                                const std::vector<int> &counts)
{
    for (int i = 0; i < count(); ++i) {
        QListWidgetItem *it = item(i);
        if (it->data(KindRole).toInt() != kFilter)
            continue;
        const auto filter = ConversationFilter(it->data(ValueRole).toInt());
        const auto at = std::find(filters.begin(), filters.end(), filter);
        if (at == filters.end())
            continue;
        const int n = counts[size_t(at - filters.begin())];
        if (n != it->data(CountRole).toInt()) {
            it->setData(CountRole, n);
            updateItemText(it);
        }
    }
    emit countsChanged();
}

void NavigationPane::onCurrentItemChanged(QListWidgetItem *current)
{
    if (!current)
        return;
    const int value = current->data(ValueRole).toInt();
    switch (current->data(KindRole).toInt()) {
    case kFilter:
        emit filterChosen(ConversationFilter(value));
        emit pageChosen(Page::Inbox);
        break;
    case kPage:
        emit pageChosen(Page(value));
        break;
    default:
        break;
    }
}

} // namespace ringback::gui
