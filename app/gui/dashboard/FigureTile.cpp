#include "gui/dashboard/FigureTile.h"

#include "gui/common/Format.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ringback::gui {
namespace {

QFont valueFont(const QFont &font)
{
    QFont big = boldFont(font);
    if (big.pointSizeF() > 0)
        big.setPointSizeF(big.pointSizeF() * 1.6);
    else if (big.pixelSize() > 0)
        big.setPixelSize(big.pixelSize() * 8 / 5);
    return big;
}

} // namespace

FigureTile::FigureTile(const QString &caption, QWidget *parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Plain);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    m_value = new QLabel(this);
    m_caption = new QLabel(caption, this);
    m_detail = new QLabel(this);
    for (QLabel *label : {m_value, m_caption, m_detail}) {
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_caption->setWordWrap(true);
    m_detail->setFont(smallFont(font()));
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_detail->setWordWrap(true);
    // Tiles line up whether or not they have a line of detail.
    m_detail->setMinimumHeight(QFontMetrics(m_detail->font()).height());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
    layout->addWidget(m_detail);
    layout->addStretch();
    setValue(QStringLiteral("0"));
}

void FigureTile::setValue(const QString &value, const QString &detail)
{
    m_hint = false;
    m_value->setText(value);
    m_value->setWordWrap(false);
    m_value->setFont(valueFont(font()));
    m_detail->setText(detail);
    m_detail->show();
    updateAccessibleName();
}

void FigureTile::setHint(const QString &hint)
{
    m_hint = true;
    m_value->setText(hint);
    m_value->setWordWrap(true);
    m_value->setFont(font());
    m_detail->clear();
    m_detail->hide();
    updateAccessibleName();
}

QString FigureTile::caption() const
{
    return m_caption->text();
}

QString FigureTile::value() const
{
    return m_value->text();
}

QString FigureTile::detail() const
{
    return m_detail->text();
}

void FigureTile::updateAccessibleName()
{
    //: A dashboard figure read aloud: "Replies: 5".
    QString name = tr("%1: %2").arg(m_caption->text(), m_value->text());
    if (!m_detail->text().isEmpty())
        name += QStringLiteral(", ") + m_detail->text();
    setAccessibleName(name);
}

} // namespace ringback::gui
