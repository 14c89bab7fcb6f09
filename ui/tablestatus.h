#pragma once

#include <QString>

#include <optional>

// What the table holds and shows, for the sentences of the status bar.
struct TableStatus
{
    int loaded = 0;              // rows loaded from the server
    int shown = 0;               // rows the search lets through
    std::optional<qint64> total; // the server's count, when it sends one
    bool hasMore = false;        // the server has rows that are not loaded
    bool loading = false;        // a page is on its way
    bool searching = false;      // the search box is not empty
    bool sorted = false;         // a column sort is active
    bool incomplete = false;     // paging stopped because the server's tokens did not advance

    // "340 numbers loaded of 1,200; scroll to load more" and the like.
    QString summary() const;
    // The offer to load everything while a search only covers the loaded rows; empty when the
    // search covers everything or there is no search.
    QString searchScope() const;
    // "Sorted among the 340 loaded numbers only" while a sort does not cover everything.
    QString sortScope() const;
};
