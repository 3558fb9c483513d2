#include "codesets/Icd10TabularImporter.h"

#include <QXmlStreamReader>

#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

namespace {

struct Frame
{
    QString key;
    QString code;
    QString title;
    bool isDiag = false;
    bool hasChildDiag = false;
    bool sevenCharacter = false; // this node or an ancestor requires a 7th character
};

// The tabular list's elements have at most a few attributes. QXmlStreamReader spends time
// quadratic in an element's attribute count (minutes for tens of thousands), so the raw bytes are
// checked first, in one linear pass.
constexpr int MaximumAttributes = 64;
constexpr qsizetype MaximumTagBytes = 64 * 1024;

// The first start tag with more attributes or bytes than allowed, as "line N: ...", or empty.
// Comments, CDATA, processing instructions and declarations are skipped; quoted values may hold
// '>' and '='. Anything malformed is left to QXmlStreamReader to report.
QString excessiveStartTag(QByteArrayView bytes)
{
    const auto skipTo = [&bytes](qsizetype from, QByteArrayView end) {
        const qsizetype at = bytes.indexOf(end, from);
        return at < 0 ? bytes.size() : at + end.size();
    };
    qsizetype lineStart = 0;
    int line = 1;
    const auto lineAt = [&](qsizetype offset) {
        for (; lineStart < offset; ++lineStart)
            line += bytes[lineStart] == '\n' ? 1 : 0;
        return line;
    };
    qsizetype i = 0;
    while (i < bytes.size()) {
        const qsizetype open = bytes.indexOf('<', i);
        if (open < 0)
            break;
        const QByteArrayView rest = bytes.sliced(open);
        if (rest.startsWith("<!--")) {
            i = skipTo(open + 4, "-->");
            continue;
        }
        if (rest.startsWith("<![CDATA[")) {
            i = skipTo(open + 9, "]]>");
            continue;
        }
        if (rest.startsWith("<?")) {
            i = skipTo(open + 2, "?>");
            continue;
        }
        if (rest.startsWith("<!") || rest.startsWith("</")) {
            i = skipTo(open + 2, ">");
            continue;
        }
        int attributes = 0;
        char quote = 0;
        qsizetype j = open + 1;
        for (; j < bytes.size(); ++j) {
            const char c = bytes[j];
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '=') {
                ++attributes;
            } else if (c == '>' || c == '<') {
                break;
            }
            if (attributes > MaximumAttributes || j - open > MaximumTagBytes) {
                return u"line %1: an element with more than %2 attributes or %3 bytes in its start tag: "
                       "not an ICD-10-CM tabular list"_s.arg(lineAt(open))
                           .arg(MaximumAttributes)
                           .arg(MaximumTagBytes);
            }
        }
        i = j;
    }
    return {};
}

class TabularParser
{
public:
    TabularParser(const QByteArray &bytes, const ImportControl &control)
        : m_xml(bytes)
        , m_size(bytes.size())
        , m_control(control)
    {}

    Icd10TabularResult run()
    {
        if (!m_xml.readNextStartElement() || m_xml.name() != u"ICD10CM.tabular"_s) {
            fail(u"not an ICD-10-CM tabular list (root element <%1>)"_s.arg(m_xml.name()));
            return std::move(m_result);
        }
        while (!m_xml.atEnd() && !m_result.cancelled) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::StartElement)
                startElement();
            else if (token == QXmlStreamReader::EndElement)
                endElement();
        }
        if (m_xml.hasError() && !m_result.cancelled)
            fail(u"line %1: %2"_s.arg(m_xml.lineNumber()).arg(m_xml.errorString()));
        else if (!m_result.cancelled && m_result.codes == 0)
            fail(u"no codes in the tabular list"_s);
        m_control.report(1.0);
        return std::move(m_result);
    }

private:
    void fail(const QString &message)
    {
        m_result = Icd10TabularResult{};
        m_result.error = message;
    }

    void startElement()
    {
        const QStringView name = m_xml.name();
        if (name == u"version") {
            m_result.statedYear = m_xml.readElementText().trimmed().left(4).toInt();
        } else if (name == u"chapter" || name == u"section" || name == u"diag") {
            openFrame(name);
        } else if (name == u"name" && !m_frames.empty()) {
            const QString text = m_xml.readElementText().trimmed();
            Frame &frame = m_frames.back();
            frame.code = frame.isDiag ? text : u"Chapter "_s + text;
            frame.key = frame.isDiag ? codeKey(text) : u"CH:"_s + text;
        } else if (name == u"desc" && !m_frames.empty()) {
            m_frames.back().title = m_xml.readElementText().simplified();
        } else if ((name == u"notes" || name == u"sevenChrNote") && !m_frames.empty()) {
            readNotes(NoteKind::Note);
        } else if (const auto kind = noteKindFromName(name.toString());
                   kind && *kind != NoteKind::Note && *kind != NoteKind::SevenCharacter && !m_frames.empty()) {
            readNotes(*kind);
        } else if (name == u"sevenChrDef" && !m_frames.empty()) {
            m_frames.back().sevenCharacter = true;
            readSeventhCharacters();
        } else if (name != u"ICD10CM.tabular") {
            m_xml.skipCurrentElement(); // introduction, sectionIndex, ...
        }
    }

    void openFrame(QStringView name)
    {
        if (++m_elements % 2048 == 0) {
            if (m_control.cancelled()) {
                m_result = Icd10TabularResult{};
                m_result.cancelled = true;
                return;
            }
            m_control.report(double(m_xml.characterOffset()) / double(std::max<qint64>(m_size, 1)));
        }
        Frame frame;
        frame.isDiag = name == u"diag";
        if (name == u"section") {
            // A one-category section has the category's code as its id ("B10"): keys stay apart.
            frame.code = m_xml.attributes().value(u"id"_s).toString().trimmed();
            if (!frame.code.isEmpty())
                frame.key = u"S:"_s + frame.code;
        }
        if (!m_frames.empty()) {
            frame.sevenCharacter = m_frames.back().sevenCharacter;
            if (frame.isDiag)
                m_frames.back().hasChildDiag = true;
        }
        m_frameLines.push_back(int(m_xml.lineNumber()));
        m_frames.push_back(std::move(frame));
    }

    void endElement()
    {
        const QStringView name = m_xml.name();
        if (m_frames.empty() || (name != u"chapter" && name != u"section" && name != u"diag"))
            return;
        Frame frame = std::move(m_frames.back());
        const int line = m_frameLines.back();
        m_frames.pop_back();
        m_frameLines.pop_back();
        if (frame.code.isEmpty()) {
            m_result.problems.append({line, u"<%1> without a name: its notes are ignored"_s.arg(name)});
            m_pending.erase(pendingTail(m_frames.size()), m_pending.end());
            return;
        }
        if (frame.isDiag) {
            ++m_result.codes;
            if (!frame.hasChildDiag && !frame.sevenCharacter)
                ++m_result.billable;
        }
        TabularNode node;
        node.key = frame.key;
        node.code = frame.code;
        node.title = frame.title;
        if (!m_frames.empty())
            node.parent = m_frames.back().key;
        m_result.nodes.append(std::move(node));
        flushNotes(m_frames.size());
    }

    void readNotes(NoteKind kind)
    {
        const int depth = int(m_frames.size());
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"note") {
                const QString text = m_xml.readElementText().simplified();
                if (!text.isEmpty())
                    m_pending.push_back({depth, TabularNote{{}, kind, text}});
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

    // Each <extension char="A">meaning</extension> becomes "A\tmeaning"; a <note> among them
    // adds to the meaning of the extension before it.
    void readSeventhCharacters()
    {
        const int depth = int(m_frames.size());
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"extension") {
                const QString character = m_xml.attributes().value(u"char"_s).toString().trimmed();
                const QString meaning = m_xml.readElementText().simplified();
                if (character.size() == 1 && !meaning.isEmpty())
                    m_pending.push_back(
                        {depth, TabularNote{{}, NoteKind::SevenCharacter, character + u'\t' + meaning}});
            } else if (m_xml.name() == u"note") {
                const QString text = m_xml.readElementText().simplified();
                if (!text.isEmpty() && !m_pending.empty() && m_pending.back().first == depth &&
                    m_pending.back().second.kind == NoteKind::SevenCharacter)
                    m_pending.back().second.text += u" ("_s + text + u')';
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

    // Notes wait until their frame closes, so they attach to its name wherever the name stands.
    // Pending notes are ordered by depth (a frame's notes are pushed while it is the innermost
    // open frame), so the closing frame's notes are the tail: linear however many notes or
    // siblings there are.
    void flushNotes(size_t remainingDepth)
    {
        const QString key = m_result.nodes.constLast().key;
        const auto tail = pendingTail(remainingDepth);
        for (auto it = tail; it != m_pending.end(); ++it) {
            it->second.key = key;
            m_result.notes.append(std::move(it->second));
        }
        m_pending.erase(tail, m_pending.end());
    }

    // The first pending note written deeper than `depth`.
    std::vector<std::pair<int, TabularNote>>::iterator pendingTail(size_t depth)
    {
        auto it = m_pending.end();
        while (it != m_pending.begin() && size_t(std::prev(it)->first) > depth)
            --it;
        return it;
    }

    QXmlStreamReader m_xml;
    qint64 m_size;
    const ImportControl &m_control;
    Icd10TabularResult m_result;
    std::vector<Frame> m_frames;
    std::vector<int> m_frameLines;
    std::vector<std::pair<int, TabularNote>> m_pending;
    int m_elements = 0;
};

} // namespace

bool Icd10TabularImporter::looksLikeTabular(const QByteArray &bytes)
{
    QByteArrayView head = QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 512));
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    return head.trimmed().startsWith("<");
}

Icd10TabularResult Icd10TabularImporter::parse(const QByteArray &bytes, const ImportControl &control)
{
    if (const QString excessive = excessiveStartTag(bytes); !excessive.isEmpty()) {
        Icd10TabularResult refused;
        refused.error = excessive;
        return refused;
    }
    return TabularParser(bytes, control).run();
}

} // namespace codedesk
