#pragma once

#include "domain/MessageMedia.h"

#include <QDialog>
#include <QPixmap>
#include <QPointer>

class QLabel;
class QPushButton;
class QTimer;

namespace ringback {
class Database;
class DeskConnection;
} // namespace ringback

namespace ringback::ui {

// The photos a caller sent, one at a time, as large as the window allows: Previous and Next (or
// the arrow keys) page through every photo of the conversation, Save as… writes the file as it
// came. Photos come from the store (the worker fetched them), so every desk shows them with no
// network; one still on its way is shown as such and appears when it arrives.
class PhotoViewer : public QDialog
{
    Q_OBJECT
public:
    // Opens at the first photo of `messageId` (0: the first of the conversation).
    // `caller` names them in the title, `e164` in the file name Save as… offers.
    PhotoViewer(Database& db, qint64 leadId, qint64 messageId, const QString& caller, const QString& e164,
                QWidget* parent = nullptr);

    // Reads and decodes through a desk's connection (shared database) instead of this thread's.
    void setDeskConnection(DeskConnection* link);
    // Re-reads the conversation's photos (the worker kept one): the one shown stays.
    void reload();

    qint64 leadId() const { return m_leadId; }
    // Shows the first photo of `messageId` (0: leaves the one shown).
    void showMessagePhotos(qint64 messageId);
    int count() const { return int(m_media.size()); }
    int current() const { return m_current; }
    void showPhoto(int index);
    QLabel* image() const { return m_image; }
    QLabel* caption() const { return m_caption; }
    QPushButton* previousButton() const { return m_previous; }
    QPushButton* nextButton() const { return m_next; }
    QPushButton* saveButton() const { return m_save; }
    // The shown photo's bytes as kept (empty while it is not).
    QByteArray currentBytes() const { return m_bytes; }
    // Writes the shown photo to `path`; false with the reason in `error`.
    bool saveTo(const QString& path, QString* error) const;
    // "photo-5125550147-2.jpg": the name offered by Save as….
    QString suggestedFileName() const;
    static QString statusText(const MessageMedia& media);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void listed(const QList<MessageMedia>& media, const QString& error);
    void loadCurrent();
    void shown(qint64 mediaId, const QByteArray& bytes);
    void fitImage();
    void saveAs();
    void updateButtons();

    Database& m_db;
    QPointer<DeskConnection> m_link;
    qint64 m_leadId;
    qint64 m_startMessageId;
    QString m_caller;
    QString m_e164;
    QList<MessageMedia> m_media;
    int m_current = -1;
    QByteArray m_bytes;
    QPixmap m_pixmap;
    QLabel* m_image;
    QLabel* m_caption;
    QLabel* m_status;
    QPushButton* m_previous;
    QPushButton* m_next;
    QPushButton* m_save;
    QTimer* m_waiting; // re-reads while the photo shown is still on its way
};

} // namespace ringback::ui
