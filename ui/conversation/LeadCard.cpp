#include "LeadCard.h"

#include "LeadTimelineModel.h"
#include "common/Clock.h"
#include "common/Money.h"
#include "common/OutsideText.h"
#include "inbox/ConversationListModel.h"
#include "phone/PhoneNumberService.h"
#include "store/DeskConnection.h"
#include "store/LeadStore.h"
#include "store/LineTypeStore.h"
#include "store/StaffStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ringback::ui {

namespace {
constexpr int kNotesPauseMs = 800;

// History lines word-wrapped to the card's width (a plain list view would cut them off).
class HistoryDelegate : public QStyledItemDelegate
{
public:
    explicit HistoryDelegate(QListView* view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {}

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const int width = qMax(80, m_view->viewport()->width() - 2 * kPad);
        const QRect text = option.fontMetrics.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap,
                                                           index.data().toString());
        return {width + 2 * kPad, text.height() + 2 * kPad};
    }
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        painter->save();
        painter->setPen(option.palette.color(QPalette::Text));
        painter->drawText(option.rect.adjusted(kPad, kPad, -kPad, -kPad), Qt::TextWordWrap | Qt::AlignLeft,
                          index.data().toString());
        painter->restore();
    }

private:
    static constexpr int kPad = 3;
    QListView* m_view;
};

const QList<LeadStatus> kStatuses{LeadStatus::New,       LeadStatus::Texted, LeadStatus::Replied,
                                  LeadStatus::Qualified, LeadStatus::Booked, LeadStatus::Won,
                                  LeadStatus::Lost};

QLabel* sectionLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}
} // namespace

LeadCard::LeadCard(Database& db, const PhoneNumberService& phone, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_phone(phone)
    , m_clock(clock)
    , m_title(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_number(new QLabel(this))
    , m_numberType(new QLabel(this))
    , m_copy(new QToolButton(this))
    , m_place(new QLineEdit(this))
    , m_need(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_when(new QLineEdit(this))
    , m_photos(new QLabel(this))
    , m_urgent(new QCheckBox(tr("Urgent: call them first"), this))
    , m_summary(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_value(new QDoubleSpinBox(this))
    , m_staff(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_notesTimer(new QTimer(this))
    , m_message(new QLabel(this))
    , m_history(new QListView(this))
    , m_timeline(new LeadTimelineModel(db, this))
{
    setObjectName(QStringLiteral("leadCard"));
    buildForm();

    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        if (m_name->text().trimmed() != m_lead.displayName)
            save([text = m_name->text().trimmed()](Lead& l) { l.displayName = text; });
    });
    connect(m_place, &QLineEdit::editingFinished, this, [this] {
        if (m_place->text().trimmed() != m_lead.place)
            save([text = m_place->text().trimmed()](Lead& l) { l.place = text; });
    });
    connect(m_need, &QLineEdit::editingFinished, this, [this] {
        if (m_need->text().trimmed() != m_lead.need)
            save([text = m_need->text().trimmed()](Lead& l) { l.need = text; });
    });
    connect(m_address, &QLineEdit::editingFinished, this, [this] {
        if (m_address->text().trimmed() != m_lead.address)
            save([text = m_address->text().trimmed()](Lead& l) { l.address = text; });
    });
    connect(m_when, &QLineEdit::editingFinished, this, [this] {
        // The day the caller's words meant no longer holds once a person rewrites them.
        if (m_when->text().trimmed() != m_lead.jobWhen)
            save([text = m_when->text().trimmed()](Lead& l) {
                l.jobWhen = text;
                l.jobDate = QDate();
            });
    });
    connect(m_urgent, &QCheckBox::toggled, this, [this](bool urgent) {
        if (urgent != m_lead.urgent)
            save([urgent](Lead& l) { l.urgent = urgent; });
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0 || index >= kStatuses.size() || kStatuses.at(index) == m_lead.status)
            return;
        save([status = kStatuses.at(index)](Lead& l) { l.status = status; });
    });
    connect(m_value, &QDoubleSpinBox::editingFinished, this, [this] {
        const qint64 cents = qRound64(m_value->value() * 100);
        const std::optional<qint64> value = cents > 0 ? std::optional<qint64>(cents) : std::nullopt;
        if (value != m_lead.estimatedValueCents)
            save([value](Lead& l) { l.estimatedValueCents = value; });
    });
    connect(m_staff, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0)
            return;
        std::optional<qint64> staffId;
        const QString name = m_staff->itemData(index).toString();
        if (!name.isEmpty()) {
            auto member = StaffStore(m_db).findOrCreate(name);
            if (!member) {
                showMessage(member.error().message);
                return;
            }
            staffId = member->id;
        }
        if (staffId != m_lead.assignedStaffId)
            save([staffId](Lead& l) { l.assignedStaffId = staffId; });
    });
    m_notesTimer->setSingleShot(true);
    m_notesTimer->setInterval(kNotesPauseMs);
    connect(m_notes, &QPlainTextEdit::textChanged, m_notesTimer, qOverload<>(&QTimer::start));
    connect(m_notesTimer, &QTimer::timeout, this, &LeadCard::flushNotes);
    connect(m_copy, &QToolButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_phone.parse(m_lead.e164).international.isEmpty()
                                               ? m_lead.e164
                                               : m_phone.parse(m_lead.e164).international);
        showMessage(tr("Number copied."));
        QTimer::singleShot(3000, m_message, [this] {
            if (m_message->text() == tr("Number copied."))
                m_message->hide();
        });
    });
    setEnabled(false);
}

void LeadCard::buildForm()
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("leadCardTitle"));
    // The name, the number and store or provider messages are outside text: plain, always.
    plainLabel(m_title);
    plainLabel(m_number);
    plainLabel(m_numberType);
    plainLabel(m_message);
    m_title->setWordWrap(true);

    m_name->setObjectName(QStringLiteral("leadName"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setPlaceholderText(tr("Add their name"));
    m_number->setObjectName(QStringLiteral("leadNumber"));
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_numberType->setObjectName(QStringLiteral("leadNumberType"));
    m_numberType->setForegroundRole(QPalette::PlaceholderText);
    m_copy->setObjectName(QStringLiteral("copyNumber"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the number to the clipboard"));
    m_copy->setAccessibleName(tr("Copy number"));
    m_place->setObjectName(QStringLiteral("leadPlace"));
    m_place->setAccessibleName(tr("Place"));
    m_place->setPlaceholderText(tr("Town or area"));
    m_need->setObjectName(QStringLiteral("leadNeed"));
    m_need->setAccessibleName(tr("What they need"));
    m_need->setPlaceholderText(tr("e.g. leaking water heater"));
    m_address->setObjectName(QStringLiteral("leadAddress"));
    m_address->setAccessibleName(tr("Address of the job"));
    m_address->setPlaceholderText(tr("Street, city"));
    m_when->setObjectName(QStringLiteral("leadWhen"));
    m_when->setAccessibleName(tr("When they want us"));
    m_when->setPlaceholderText(tr("e.g. tomorrow morning"));
    m_photos->setObjectName(QStringLiteral("leadPhotos"));
    m_photos->setTextFormat(Qt::RichText);
    m_photos->setWordWrap(true); // "View" wraps under the count rather than being cut off in a narrow card
    m_photos->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_photos, &QLabel::linkActivated, this, &LeadCard::photosRequested);
    m_urgent->setObjectName(QStringLiteral("leadUrgent"));
    m_urgent->setToolTip(
        tr("Urgent leads come first in Needs reply. Ringback ticks this when a text holds an "
           "urgent word (Templates > Intake)."));
    m_summary->setObjectName(QStringLiteral("leadSummary"));
    plainLabel(m_summary);
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_status->setObjectName(QStringLiteral("leadStatus"));
    m_status->setAccessibleName(tr("Status"));
    for (LeadStatus s : kStatuses)
        m_status->addItem(ConversationListModel::statusText(s));
    m_value->setObjectName(QStringLiteral("leadValue"));
    m_value->setAccessibleName(tr("Estimated job value"));
    m_value->setRange(0, 10'000'000);
    m_value->setDecimals(0);
    m_value->setSingleStep(50);
    // The business's currency, on the side the desk's language writes it ("$ 450", "450 $").
    const QString currency = money::currencySymbol(m_phone.defaultRegion());
    if (!currency.isEmpty()) {
        if (money::format(100, m_phone.defaultRegion()).startsWith(currency))
            m_value->setPrefix(currency + QLatin1Char(' '));
        else
            m_value->setSuffix(QChar(0x00A0) + currency);
    }
    m_value->setSpecialValueText(tr("Not estimated"));
    m_value->setGroupSeparatorShown(true);
    m_staff->setObjectName(QStringLiteral("leadStaff"));
    m_staff->setAccessibleName(tr("Assigned to"));
    // The card is a narrow column: its lists take the width it has, not their longest entry's
    // ("Personne pour l'instant" pushed the French card past the window's edge).
    for (QComboBox* box : {m_status, m_staff}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
    }
    m_notes->setObjectName(QStringLiteral("leadNotes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setPlaceholderText(tr("Anything the next person should know"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 8 + 12);
    m_message->setObjectName(QStringLiteral("leadCardMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_history->setObjectName(QStringLiteral("leadHistory"));
    m_history->setAccessibleName(tr("History"));
    m_history->setModel(m_timeline);
    m_history->setItemDelegate(new HistoryDelegate(m_history));
    m_history->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_history->setWordWrap(true);
    m_history->setSelectionMode(QAbstractItemView::NoSelection);
    m_history->setFocusPolicy(Qt::NoFocus);
    m_history->setMinimumHeight(120);
    m_history->setFrameShape(QFrame::NoFrame);
    m_history->setResizeMode(QListView::Adjust);
    m_history->setAutoFillBackground(false);
    m_history->viewport()->setAutoFillBackground(false);

    auto* numberRow = new QHBoxLayout;
    numberRow->setContentsMargins(0, 0, 0, 0);
    numberRow->addWidget(m_number);
    numberRow->addStretch();
    numberRow->addWidget(m_copy);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Number"), numberRow);
    form->addRow(tr("Type"), m_numberType);
    form->addRow(tr("Place"), m_place);
    form->addRow(tr("Needs"), m_need);
    form->addRow(tr("Address"), m_address);
    form->addRow(tr("When"), m_when);
    form->addRow(QString(), m_photos);
    form->addRow(QString(), m_urgent);
    form->addRow(tr("Status"), m_status);
    form->addRow(tr("Job value"), m_value);
    form->addRow(tr("Assigned to"), m_staff);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(sectionLabel(tr("Notes"), this));
    layout->addWidget(m_notes);
    layout->addWidget(sectionLabel(tr("History"), this));
    layout->addWidget(m_history, 1);
}

void LeadCard::setStaffNames(const QStringList& names)
{
    m_staffNames = names;
    fillStaff();
}

void LeadCard::fillStaff()
{
    if (m_link) {
        fillStaffFrom(m_activeStaff);
        return;
    }
    auto staff = StaffStore(m_db).active();
    fillStaffFrom(staff ? staff.value() : QList<StaffMember>());
}

void LeadCard::fillStaffFrom(const QList<StaffMember>& staff)
{
    QStringList names = m_staffNames;
    QString assigned;
    for (const StaffMember& member : staff) {
        if (!names.contains(member.name))
            names << member.name;
        if (m_lead.assignedStaffId == member.id)
            assigned = member.name;
    }
    names.removeAll(QString());
    names.sort(Qt::CaseInsensitive);
    const QSignalBlocker block(m_staff);
    m_staff->clear();
    m_staff->addItem(tr("Nobody yet"), QString());
    for (const QString& name : names)
        m_staff->addItem(name, name);
    m_staff->setCurrentIndex(qMax(0, m_staff->findData(assigned)));
}

namespace {

// What the card shows, read in one go on the desk connection's thread.
struct CardRead
{
    StoreResult<std::optional<Lead>> lead;
    QList<StaffMember> staff;
    std::optional<LineTypeStore::Known> line;
};

// What is known of the number's line type (a lookup, or a text that failed as to a landline).
std::optional<LineTypeStore::Known> lineOf(Database& db, const StoreResult<std::optional<Lead>>& lead)
{
    if (!lead || !lead->has_value())
        return std::nullopt;
    auto known = LineTypeStore(db).whatIsKnown((*lead)->e164, QDateTime::currentDateTimeUtc());
    return known ? known.value() : std::nullopt; // not knowing only leaves the usual wording
}

bool sameLine(const std::optional<LineTypeStore::Known>& a, const std::optional<LineTypeStore::Known>& b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || (a->lineType == b->lineType && a->carrier == b->carrier && a->source == b->source);
}

CardRead readCard(Database& db, qint64 leadId)
{
    auto staff = StaffStore(db).active();
    auto lead = LeadStore(db).byId(leadId);
    auto line = lineOf(db, lead);
    return {std::move(lead), staff ? staff.value() : QList<StaffMember>(), line};
}

QString lineTypeName(const QString& type)
{
    if (type == QLatin1String("mobile"))
        return LeadCard::tr("Mobile");
    if (type == QLatin1String("landline"))
        return LeadCard::tr("Landline");
    if (type == QLatin1String("fixedVoip"))
        return LeadCard::tr("Fixed internet phone");
    if (type == QLatin1String("nonFixedVoip"))
        return LeadCard::tr("Internet phone number");
    if (type == QLatin1String("tollFree"))
        return LeadCard::tr("Toll-free");
    if (type == QLatin1String("premium"))
        return LeadCard::tr("Premium rate");
    if (type == QLatin1String("voicemail"))
        return LeadCard::tr("Voicemail only");
    if (type == QLatin1String("pager"))
        return LeadCard::tr("Pager");
    return {};
}

} // namespace

void LeadCard::setDeskConnection(DeskConnection* link)
{
    m_link = link;
    m_timeline->setDeskConnection(link);
}

void LeadCard::setLead(qint64 leadId)
{
    if (leadId != m_lead.id)
        flushNotes();
    m_message->hide();
    ++m_generation;
    if (m_link && leadId > 0) {
        // Empty and disabled until the read arrives: nothing of the previous lead is edited.
        setEnabled(false);
        showLead(Lead{}, false);
        m_timeline->setLead(leadId);
        m_link->read(
            this, [leadId](Database& db) { return readCard(db, leadId); },
            [this, leadId, generation = m_generation](const CardRead& read) {
                if (generation != m_generation)
                    return;
                if (!read.lead) {
                    showMessage(read.lead.error().message);
                    return;
                }
                m_activeStaff = read.staff;
                m_line = read.line;
                const std::optional<Lead>& lead = read.lead.value();
                setEnabled(lead.has_value());
                showLead(lead.value_or(Lead{}), false);
                emit leadRead(leadId);
            });
        return;
    }
    std::optional<Lead> lead;
    if (leadId > 0) {
        auto read = LeadStore(m_db).byId(leadId);
        m_line = lineOf(m_db, read);
        if (!read)
            showMessage(read.error().message);
        else
            lead = read.value();
    }
    setEnabled(lead.has_value());
    showLead(lead.value_or(Lead{}), false);
    m_timeline->setLead(lead ? lead->id : 0);
}

void LeadCard::reload()
{
    if (m_lead.id <= 0)
        return;
    if (m_link) {
        const qint64 leadId = m_lead.id;
        m_link->read(
            this, [leadId](Database& db) { return readCard(db, leadId); },
            [this, leadId, generation = m_generation](const CardRead& read) {
                if (generation != m_generation || leadId != m_lead.id)
                    return;
                m_activeStaff = read.staff;
                const bool lineChanged = !sameLine(m_line, read.line);
                m_line = read.line;
                if (read.lead && read.lead->has_value() &&
                    (read.lead->value().revision != m_lead.revision || lineChanged))
                    showLead(*read.lead.value(), true);
                else if (read.lead && read.lead->has_value())
                    m_lead.unread = read.lead->value().unread; // read or unread is not an edit
                emit leadRead(leadId);
            });
        m_timeline->refresh();
        return;
    }
    auto read = LeadStore(m_db).byId(m_lead.id);
    auto line = lineOf(m_db, read);
    const bool lineChanged = !sameLine(m_line, line);
    m_line = line;
    if (read && read->has_value() && (read->value().revision != m_lead.revision || lineChanged))
        showLead(*read.value(), true);
    else if (read && read->has_value())
        m_lead.unread = read->value().unread; // read or unread is not an edit (no new revision)
    m_timeline->refresh();
}

void LeadCard::showLead(const Lead& lead, bool keepFocusedField)
{
    m_lead = lead;
    const PhoneNumberInfo info = m_phone.parse(lead.e164);
    const QString formatted = info.isValid() ? info.national : lead.e164;
    m_title->setText(shownText(lead.displayName.isEmpty() ? formatted : lead.displayName));
    m_number->setText(info.isValid() && info.regionCode != m_phone.defaultRegion() ? info.international
                                                                                   : formatted);
    QString type = info.isValid() ? PhoneNumberService::typeName(info.type) : QString();
    if (!type.isEmpty())
        type[0] = type[0].toUpper();
    // What is known beats what the number's form suggests, and says where it was learned.
    const QString known = m_line ? lineTypeName(m_line->lineType) : QString();
    if (!known.isEmpty() && m_line->source == QLatin1String("failed_text"))
        type = tr("%1 (learned from a failed text)").arg(known);
    else if (!known.isEmpty() && !m_line->carrier.isEmpty())
        type = tr("%1 (carrier: %2)").arg(known, m_line->carrier);
    else if (!known.isEmpty())
        type = tr("%1 (Twilio Lookup)").arg(known);
    m_numberType->setText(shownText(type));

    auto set = [keepFocusedField](QWidget* w, const std::function<void()>& apply) {
        if (keepFocusedField && w->hasFocus())
            return;
        const QSignalBlocker block(w);
        apply();
    };
    set(m_name, [&] { m_name->setText(lead.displayName); });
    set(m_place, [&] { m_place->setText(lead.place); });
    // A long need or address shows from its start (setText leaves the cursor, and the view, at the end).
    for (const std::pair<QLineEdit*, QString>& field :
         {std::pair{m_need, lead.need}, std::pair{m_address, lead.address},
          std::pair{m_when, lead.jobWhen}}) {
        set(field.first, [&field] {
            field.first->setText(field.second);
            field.first->setCursorPosition(0);
        });
    }
    set(m_urgent, [&] { m_urgent->setChecked(lead.urgent); });
    m_when->setToolTip(lead.jobDate.isValid() ? QLocale().toString(lead.jobDate, QLocale::LongFormat)
                                              : QString());
    // Our own words and a number: safe as rich text, which the link needs.
    m_photos->setText(
        lead.photoCount > 0
            ? QStringLiteral("%1 <a href=\"photos\">%2</a>")
                  .arg(tr("%n photo(s) in the conversation", nullptr, lead.photoCount).toHtmlEscaped(),
                       tr("View").toHtmlEscaped())
            : QString());
    m_photos->setVisible(lead.photoCount > 0);
    const QString summary = lead.summary();
    m_summary->setText(summary);
    m_summary->setVisible(!summary.isEmpty());
    set(m_status, [&] { m_status->setCurrentIndex(int(kStatuses.indexOf(lead.status))); });
    set(m_value,
        [&] { m_value->setValue(lead.estimatedValueCents ? double(*lead.estimatedValueCents) / 100 : 0); });
    set(m_notes, [&] {
        if (m_notes->toPlainText() != lead.notes)
            m_notes->setPlainText(lead.notes);
    });
    fillStaff();
}

void LeadCard::flushNotes()
{
    if (!m_notesTimer->isActive() && m_notes->toPlainText() == m_lead.notes)
        return;
    m_notesTimer->stop();
    if (m_lead.id > 0 && m_notes->toPlainText() != m_lead.notes)
        save([text = m_notes->toPlainText()](Lead& l) { l.notes = text; });
}

void LeadCard::assignTo(const QString& name)
{
    const QString who = name.trimmed();
    if (m_lead.id <= 0 || who.isEmpty())
        return;
    auto member = StaffStore(m_db).findOrCreate(who);
    if (!member) {
        showMessage(member.error().message);
        return;
    }
    {
        // The box shows the choice as picking it there would (the save below tells the others).
        const QSignalBlocker block(m_staff);
        if (m_staff->findData(who) < 0)
            m_staff->addItem(who, who);
        m_staff->setCurrentIndex(m_staff->findData(who));
    }
    if (member->id != m_lead.assignedStaffId)
        save([id = member->id](Lead& l) { l.assignedStaffId = id; });
}

void LeadCard::save(const std::function<void(Lead&)>& change)
{
    if (m_lead.id <= 0)
        return;
    Lead edited = m_lead;
    change(edited);
    auto saved = LeadStore(m_db).save(edited, m_clock.nowUtc(), m_deskPerson);
    if (!saved) {
        showMessage(saved.error().message);
        if (saved.error().kind == StoreError::Kind::Conflict) {
            // Their version wins on screen; the user makes the change again on top of it.
            auto fresh = LeadStore(m_db).byId(m_lead.id);
            if (fresh && fresh->has_value())
                showLead(*fresh.value(), false);
            m_timeline->refresh();
        }
        return;
    }
    m_message->hide();
    const bool noted = saved->status != m_lead.status || saved->assignedStaffId != m_lead.assignedStaffId ||
                       saved->notes != m_lead.notes;
    m_lead = saved.value();
    if (noted)
        m_timeline->refresh(); // the edit is on the history now
    m_title->setText(shownText(m_lead.displayName.isEmpty() ? m_number->text() : m_lead.displayName));
    emit leadSaved(m_lead.id);
}

void LeadCard::showMessage(const QString& sentence)
{
    m_message->setText(shownText(sentence));
    m_message->setVisible(!sentence.isEmpty());
}

} // namespace ringback::ui
