#pragma once

#include <QList>
#include <QString>

namespace Sandbox {

// Telephone numbers from ranges that regulators reserve for drama and fiction (NANP 555-01XX,
// Ofcom's drama ranges, ACMA's fictitious ranges, ARCEP's 01 99 00, the Bundesnetzagentur's
// drama blocks), all of which libphonenumber considers valid. The pool is cut into blocks of one
// hundred consecutive numbers; index i walks the blocks round-robin so any prefix of the pool
// mixes countries.
class FictionalNumbers
{
public:
    struct Block
    {
        QString country;  // ISO 3166 alpha-2
        QString prefix;   // E.164 without the last two digits
        QString areaCode; // what a customer types as the area code
        QString locality;
        QString region;
    };

    static const FictionalNumbers &instance();

    qsizetype capacity() const { return m_blocks.size() * 100; }
    QString at(qsizetype index) const;
    const Block &blockOf(qsizetype index) const;
    const QList<Block> &blocks() const { return m_blocks; }

private:
    FictionalNumbers();

    QList<Block> m_blocks;
};

} // namespace Sandbox
