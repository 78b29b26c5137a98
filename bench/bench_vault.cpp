// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// bench_vault: the vault's performance against the acceptance targets of the
// "100,000 patients" issue. Prints figures and ratios; it is not a test.
// Figures and how to read them: docs/PERFORMANCE.md.
//
//   bench_vault [--patients N] [--appointments M] [--notes K] [--queries Q] [--typeahead-queries T]
//               [--ratio-inserts K] [--ratio-searches S] [--full-sync-inserts F]
//               [--open-runs R] [--argon-runs A] [--cache-kib C] [--what-if-cache-kib W]
//               [--seed X] [--keep DIR | --reuse DIR]
//
// 1. Builds a vault (VaultSession::createVault, KdfParams::minimum() for speed)
//    and fills it through the real PatientRepository / AppointmentRepository
//    (and, with --notes K, K encounters each with a SOAP note through EncounterRepository /
//    NoteRepository, every second one signed; none by default).
//    During the fill only, the connection runs with PRAGMA synchronous = OFF:
//    every add() is its own BEGIN IMMEDIATE transaction, and with the shipped
//    synchronous = FULL each commit waits for an fsync (~4 ms here), which would
//    make 300,000 adds take ~20 minutes. Everything else is the shipped code.
//    synchronous goes back to FULL before anything is measured.
// 2. Patient search latency (PatientRepository::search(text, 50)), and, as a
//    what-if, the same queries on a connection with a W KiB page cache.
// 3. Opening the vault without the Argon2id step, and the first search after it.
// 4. Argon2id alone.
// 5. SQLCipher's cost: the same insert + search workload keyed vs without a key,
//    CPU-bound (synchronous = OFF) and as shipped (synchronous = FULL).
//
// --cache-kib C sets PRAGMA cache_size on the measured connections (not as
// shipped; for experiments). --keep DIR builds the vault in DIR and leaves it
// there; --reuse DIR skips the build and fill and signs in to a vault made
// earlier with the same --patients and --seed (the generator is deterministic,
// so the queries match its data).

#include "crypto/KdfParams.h"
#include "crypto/KeyFile.h"
#include "crypto/PasswordKdf.h"
#include "crypto/SecureBytes.h"
#include "domain/Session.h"
#include "repo/AppointmentRepository.h"
#include "repo/EncounterRepository.h"
#include "repo/NoteRepository.h"
#include "repo/NoteTemplateRepository.h"
#include "repo/PatientRepository.h"
#include "session/VaultSession.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/Transaction.h"
#include "storage/Vault.h"
#include "util/Digits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <map>
#include <optional>
#include <random>
#include <sqlite3.h>
#include <string>
#include <vector>

using namespace clinicdesk;

namespace {

using SteadyClock = std::chrono::steady_clock;

double msSince(SteadyClock::time_point start) {
    return std::chrono::duration<double, std::milli>(SteadyClock::now() - start).count();
}

// CPU time of this thread: unlike wall time, it does not grow while other
// processes (a compiler on the other core) have the CPU.
double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

[[noreturn]] void die(const char* what, const Error& error) {
    std::fprintf(stderr, "bench_vault: %s failed: %s (%s)\n", what, qPrintable(error.message),
                 qPrintable(error.detail));
    std::exit(2);
}

template <typename T>
T check(Result<T> result, const char* what) {
    if (!result) {
        die(what, result.error());
    }
    return std::move(*result);
}

void check(const Status& status, const char* what) {
    if (!status) {
        die(what, status.error());
    }
}

// ---------------------------------------------------------------- statistics

struct Stats {
    std::size_t n = 0;
    double p50 = 0, p95 = 0, p99 = 0, max = 0, mean = 0;
};

// Nearest-rank percentiles.
Stats summarize(std::vector<double> samples) {
    Stats s;
    s.n = samples.size();
    if (samples.empty()) {
        return s;
    }
    std::sort(samples.begin(), samples.end());
    const auto rank = [&samples](double p) {
        const auto index = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(samples.size())));
        return samples[std::clamp<std::size_t>(index, 1, samples.size()) - 1];
    };
    s.p50 = rank(50);
    s.p95 = rank(95);
    s.p99 = rank(99);
    s.max = samples.back();
    double sum = 0;
    for (double v : samples) {
        sum += v;
    }
    s.mean = sum / static_cast<double>(samples.size());
    return s;
}

double median(std::vector<double> samples) {
    return summarize(std::move(samples)).p50;
}

const char* verdict(bool pass) {
    return pass ? "PASS" : "FAIL";
}

// ---------------------------------------------------------------- synthetic patients

enum class Lang { Swedish, Polish, English };

struct NameParts {
    std::vector<QString> firstStarts;
    std::vector<QString> firstEnds;
    std::vector<QString> lastRoots;
    std::vector<QString> lastSuffixes;
    std::vector<QString> emailDomains;
    std::vector<QString> streets;
    std::vector<QString> cities;
};

std::vector<QString> list(std::initializer_list<const char*> items) {
    std::vector<QString> out;
    for (const char* item : items) {
        out.push_back(QString::fromUtf8(item));
    }
    return out;
}

const NameParts& partsFor(Lang lang) {
    static const NameParts swedish{
        list({"A",   "Ag", "Al", "An", "Ast", "Bir", "Bo", "Da", "E",  "El", "Er", "Gu", "Hå",
              "Ing", "Ja", "Jö", "Ka", "Kri", "La",  "Le", "Li", "Lo", "Ma", "Må", "Ni", "O",
              "Pe",  "Ra", "Sa", "Si", "Sö",  "Ti",  "To", "Ul", "Vi", "Å",  "Ö"}),
        list({"na", "nn", "ra", "rid", "stin", "lin", "rik", "s", "ke", "ger", "an", "ja", "da", "la", "ve", "ran",
              "mar", "nnea", "ås"}),
        list({"And",   "Berg", "Björk", "Carl",  "Dahl", "Ek",   "Fors", "Gran", "Gustav", "Hag",  "Holm", "Jo",
              "Karl",  "Lars", "Lind",  "Ljung", "Lund", "Magn", "Nils", "Nord", "Ols",    "Pers", "Sand", "Sjö",
              "Ström", "Sved", "Sven",  "Wall",  "Åker", "Öst",  "Hedl", "Eng",  "Bäck",   "Fäl"}),
        list({"sson", "berg", "ström", "qvist", "lund", "gren", "dahl", "man", "ling", "in", "blom", "holm", "näs"}),
        list({"gmail.com", "hotmail.se", "telia.com", "outlook.com", "icloud.com", "bredband.net"}),
        list({"Storgatan", "Kyrkogatan", "Drottninggatan", "Skolvägen", "Björkvägen", "Ängsvägen", "Östra Långgatan",
              "Sjögatan"}),
        list({"Stockholm", "Göteborg", "Malmö", "Uppsala", "Västerås", "Örebro", "Linköping", "Umeå"}),
    };
    static const NameParts polish{
        list({"Agn", "Bar", "Ce",  "Da", "Do",  "Ewe", "Grze", "Ha", "Ja", "Ka", "Kry", "Łu",
              "Ma",  "Mi",  "Pio", "Ra", "Sta", "Szy", "To",   "Wo", "Zo", "Ży", "Bo",  "Wie"}),
        list({"ta", "ka", "sz", "ek", "na", "mir", "sław", "bina", "cja", "weł", "ria", "niel", "ota", "ń"}),
        list({"Now",    "Kowal",   "Wiśniew", "Wójc",  "Kamiń",   "Lewandow", "Zieliń", "Szymań", "Woźni",
              "Dąbrow", "Kozłow",  "Jankow",  "Mazur", "Krawczy", "Piotrow",  "Grabow", "Pawłow", "Michal",
              "Król",   "Wieczor", "Jabłoń",  "Wróbl", "Zając",   "Górs",     "Łuka",   "Żak",    "Ślęz"}),
        list({"ski", "ska", "ak", "ek", "czyk", "icz", "owski", "owska", "ewicz", "ik", "a"}),
        list({"wp.pl", "onet.pl", "o2.pl", "gmail.com", "interia.pl"}),
        list({"ul. Długa", "ul. Marszałkowska", "ul. Piękna", "ul. Łąkowa", "ul. Ogrodowa", "ul. Źródlana"}),
        list({"Warszawa", "Kraków", "Łódź", "Wrocław", "Poznań", "Gdańsk", "Szczecin"}),
    };
    static const NameParts english{
        list({"Al", "Ben", "Char", "Da", "Ed", "Em", "Geo", "Ha",  "Ja", "Jo",
              "Ka", "Li",  "Lu",   "Ma", "Ol", "Ro", "Sa",  "Wil", "Ch", "Ru"}),
        list({"ice", "ry", "lie", "vid", "ward", "ma", "rge", "nnah", "mes", "hn", "te", "ly", "cy", "via", "bert",
              "rah"}),
        list({"Smi", "John", "Will",  "Brow", "Tay",  "Dav", "Wil",  "Ev",   "Tho", "Rob",
              "Wal", "Wri",  "Thomp", "Whi",  "Hugh", "Ed",  "Gre",  "Gree", "Hal", "Wood",
              "Har", "Clar", "Jack",  "Turn", "Hill", "Mor", "Coop", "Ward"}),
        list(
            {"th", "son", "iams", "n", "lor", "ies", "kins", "er", "ton", "well", "ford", "ley", "wood", "man", "ing"}),
        list({"gmail.com", "yahoo.co.uk", "btinternet.com", "outlook.com", "hotmail.co.uk"}),
        list({"High Street", "Station Road", "Church Lane", "Victoria Road", "Green Lane", "Manor Road"}),
        list({"London", "Leeds", "Bristol", "Manchester", "York", "Cardiff"}),
    };
    switch (lang) {
    case Lang::Swedish:
        return swedish;
    case Lang::Polish:
        return polish;
    case Lang::English:
        break;
    }
    return english;
}

QString asciiFold(const QString& text) {
    QString out;
    for (QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c == QChar(0x0142)) { // ł does not decompose
            out += QLatin1Char('l');
        } else if (c == QChar(0x0141)) {
            out += QLatin1Char('L');
        } else if (c.unicode() < 128) {
            out += c;
        }
    }
    return out;
}

// Luhn check digit over the nine digits YYMMDDNNN (Skatteverket).
int luhnCheckDigit(const QString& nineDigits) {
    int sum = 0;
    for (qsizetype i = 0; i < nineDigits.size(); ++i) {
        const int product = nineDigits[i].digitValue() * (i % 2 == 0 ? 2 : 1);
        sum += product / 10 + product % 10;
    }
    return (10 - sum % 10) % 10;
}

// A valid personnummer, canonical form YYYYMMDD-NNNC.
QString personnummer(QDate birth, int serial) {
    const QString nine =
        birth.toString(QStringLiteral("yyMMdd")) + QStringLiteral("%1").arg(serial, 3, 10, QLatin1Char('0'));
    return birth.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('-') + nine.mid(6) +
           QString::number(luhnCheckDigit(nine));
}

class Generator {
public:
    explicit Generator(std::uint64_t seed)
        : m_rng(seed) {}

    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    double unit() { return std::uniform_real_distribution<double>(0.0, 1.0)(m_rng); }
    bool chance(double p) { return unit() < p; }
    template <typename T>
    const T& pick(const std::vector<T>& items) {
        return items[static_cast<std::size_t>(uniform(0, static_cast<int>(items.size()) - 1))];
    }
    // Head-heavy: the first entries are the common names (Andersson, Nowak, Smith).
    const QString& pickCommon(const std::vector<QString>& items) {
        const auto index = static_cast<std::size_t>(std::pow(unit(), 1.5) * static_cast<double>(items.size()));
        return items[std::min(index, items.size() - 1)];
    }
    QString digits(int count) {
        QString out;
        for (int i = 0; i < count; ++i) {
            out += QChar(QLatin1Char('0').unicode() + uniform(0, 9));
        }
        return out;
    }

    PatientDraft patient() {
        const double r = unit();
        const Lang lang = r < 0.5 ? Lang::Swedish : r < 0.75 ? Lang::Polish : Lang::English;
        const NameParts& parts = partsFor(lang);
        PatientDraft d;
        d.firstName = pickCommon(parts.firstStarts) + pickCommon(parts.firstEnds);
        d.lastName = pickCommon(parts.lastRoots) + pickCommon(parts.lastSuffixes);
        if (chance(0.05)) { // double-barrelled
            d.lastName += QLatin1Char('-') + pickCommon(parts.lastRoots) + pickCommon(parts.lastSuffixes);
        }
        const QDate birth = QDate(1930, 1, 1).addDays(uniform(0, 34000)); // 1930 .. 2023
        if (chance(0.30)) {
            d.nationalId = personnummer(birth, uniform(0, 999));
            d.dateOfBirth = birth.toString(Qt::ISODate);
        } else if (chance(0.85)) {
            d.dateOfBirth = birth.toString(Qt::ISODate);
        }
        if (chance(0.9)) {
            switch (lang) {
            case Lang::Swedish:
                d.phone =
                    chance(0.7)
                        ? QStringLiteral("07%1-%2 %3 %4").arg(pick(kSeMobile), digits(3), digits(2), digits(2))
                        : QStringLiteral("+46 7%1 %2 %3 %4").arg(pick(kSeMobile), digits(3), digits(2), digits(2));
                break;
            case Lang::Polish:
                d.phone = QStringLiteral("+48 %1%2 %3 %4")
                              .arg(QString::number(uniform(5, 8)), digits(2), digits(3), digits(3));
                break;
            case Lang::English:
                d.phone = QStringLiteral("+44 7%1 %2").arg(digits(3), digits(6));
                break;
            }
        }
        if (chance(0.7)) {
            const QString first = asciiFold(d.firstName).toLower();
            const QString last = asciiFold(d.lastName).toLower().remove(QLatin1Char('-'));
            QString local;
            switch (uniform(0, 3)) {
            case 0:
                local = first + QLatin1Char('.') + last;
                break;
            case 1:
                local = first + last + QString::number(uniform(1, 99));
                break;
            case 2:
                local = first.left(1) + QLatin1Char('.') + last;
                break;
            default:
                local = last + QLatin1Char('.') + first + QString::number(uniform(1950, 2010));
                break;
            }
            d.email = local + QLatin1Char('@') + pick(parts.emailDomains);
        }
        if (chance(0.6)) {
            const int number = uniform(1, 120);
            switch (lang) {
            case Lang::Swedish:
                d.address =
                    QStringLiteral("%1 %2, %3 %4 %5")
                        .arg(pick(parts.streets), QString::number(number), digits(3), digits(2), pick(parts.cities));
                break;
            case Lang::Polish:
                d.address = QStringLiteral("%1 %2/%3, %4-%5 %6")
                                .arg(pick(parts.streets), QString::number(number), QString::number(uniform(1, 40)),
                                     digits(2), digits(3), pick(parts.cities));
                break;
            case Lang::English:
                d.address =
                    QStringLiteral("%1 %2, %3").arg(QString::number(number), pick(parts.streets), pick(parts.cities));
                break;
            }
        }
        if (chance(0.1)) {
            d.clinicalNotes = pick(kNotes);
        }
        return d;
    }

    AppointmentDraft appointment(const std::vector<QString>& patientIds, const QString& practitionerId) {
        AppointmentDraft a;
        a.patientId = pick(patientIds);
        if (chance(0.5)) {
            a.practitionerId = practitionerId;
        }
        const QDate day = QDate(2025, 1, 1).addDays(uniform(0, 729));
        a.start = QDateTime(day, QTime(8, 0).addSecs(60 * 15 * uniform(0, 36)), QTimeZone::systemTimeZone());
        static const std::vector<int> durations{15, 30, 30, 45, 60, 60, 90};
        a.durationMinutes = pick(durations);
        // 100,000 bookings for one practitioner over two years cannot avoid each other; the overlap check
        // still runs on every add (and is part of the fill rate), the booking is kept as a double booking.
        a.allowOverlap = true;
        if (chance(0.6)) {
            a.reason = pick(kReasons);
        }
        return a;
    }

private:
    std::mt19937_64 m_rng;
    inline static const std::vector<QString> kSeMobile = list({"0", "2", "3", "6", "9"});
    inline static const std::vector<QString> kNotes =
        list({"Allergi mot penicillin. Tandvårdsrädsla; vill ha ett lugnt samtal före behandling.",
              "Uczulenie na lateks. Pacjent przyjmuje leki przeciwzakrzepowe.",
              "Type 2 diabetes, metformin. Prefers morning appointments.",
              "Blodtryck 135/85 vid senaste besöket. Kontroll om sex månader.",
              "Ból kręgosłupa lędźwiowego od trzech miesięcy; fizjoterapia dwa razy w tygodniu."});
    inline static const std::vector<QString> kReasons =
        list({"Kontroll", "Återbesök", "Rengöring", "Wizyta kontrolna", "Leczenie kanałowe", "Check-up", "Follow-up",
              "Samtal", "Konsultacja", "Ny patient"});
};

// ---------------------------------------------------------------- queries

enum class QueryKind { LastNamePrefix, FirstLastPrefix, NationalId, PhoneDigits, EmailPrefix, OneLetter, TwoLetters };

const char* kindName(QueryKind kind) {
    switch (kind) {
    case QueryKind::LastNamePrefix:
        return "last-name prefix (3-5)";
    case QueryKind::FirstLastPrefix:
        return "first+last prefix";
    case QueryKind::NationalId:
        return "full national id";
    case QueryKind::PhoneDigits:
        return "phone digits";
    case QueryKind::EmailPrefix:
        return "e-mail prefix";
    case QueryKind::OneLetter:
        return "1-letter prefix";
    case QueryKind::TwoLetters:
        return "2-letter prefix";
    }
    return "?";
}

struct Query {
    QueryKind kind;
    QString text;
};

QString maybeLower(Generator& rng, const QString& text) {
    return rng.chance(0.6) ? text.toLower() : text;
}

// `count` queries, an equal share of each realistic kind, each derived from a
// patient that exists in `drafts` (so every query has at least one hit).
std::vector<Query> makeQueries(Generator& rng, const std::vector<PatientDraft>& drafts, int count) {
    const std::array kinds{QueryKind::LastNamePrefix, QueryKind::FirstLastPrefix, QueryKind::NationalId,
                           QueryKind::PhoneDigits, QueryKind::EmailPrefix};
    std::vector<Query> queries;
    for (int i = 0; i < count; ++i) {
        const QueryKind kind = kinds[static_cast<std::size_t>(i) % kinds.size()];
        while (true) {
            const PatientDraft& p = rng.pick(drafts);
            QString text;
            switch (kind) {
            case QueryKind::LastNamePrefix:
                text = maybeLower(rng, p.lastName.left(rng.uniform(3, 5)));
                break;
            case QueryKind::FirstLastPrefix:
                text = maybeLower(rng, p.firstName.left(rng.uniform(3, 4)) + QLatin1Char(' ') +
                                           p.lastName.left(rng.uniform(3, 4)));
                break;
            case QueryKind::NationalId:
                if (!p.nationalId.isEmpty()) {
                    const double form = rng.unit();
                    text = form < 0.4   ? p.nationalId            // 19850312-1234
                           : form < 0.8 ? p.nationalId.mid(2)     // 850312-1234
                                        : digitsOf(p.nationalId); // 198503121234
                }
                break;
            case QueryKind::PhoneDigits:
                if (!p.phone.isEmpty()) {
                    text = digitsOf(p.phone);
                }
                break;
            case QueryKind::EmailPrefix:
                if (!p.email.isEmpty()) {
                    const QString local = p.email.section(QLatin1Char('@'), 0, 0);
                    text = local.left(rng.uniform(4, static_cast<int>(std::min<qsizetype>(10, local.size()))));
                }
                break;
            case QueryKind::OneLetter:
            case QueryKind::TwoLetters:
                break;
            }
            if (!text.isEmpty()) {
                queries.push_back({kind, text});
                break;
            }
        }
    }
    return queries;
}

std::vector<Query> makeTypeAhead(Generator& rng, const std::vector<PatientDraft>& drafts, QueryKind kind, int count) {
    std::vector<Query> queries;
    for (int i = 0; i < count; ++i) {
        const PatientDraft& p = rng.pick(drafts);
        queries.push_back({kind, p.lastName.left(kind == QueryKind::OneLetter ? 1 : 2).toLower()});
    }
    return queries;
}

struct SearchRun {
    std::vector<double> all;
    std::vector<double> cpu;
    std::map<QueryKind, std::vector<double>> byKind;
    std::size_t zeroHits = 0;
    std::size_t fullPages = 0; // queries that returned the limit (50)
    double totalMs = 0;
};

SearchRun runSearches(PatientRepository& repo, const std::vector<Query>& queries) {
    SearchRun run;
    for (const Query& q : queries) {
        const double cpuStart = threadCpuMs();
        const auto start = SteadyClock::now();
        auto found = repo.search(q.text, 50);
        const double ms = msSince(start);
        run.cpu.push_back(threadCpuMs() - cpuStart);
        if (!found) {
            die("search", found.error());
        }
        run.all.push_back(ms);
        run.byKind[q.kind].push_back(ms);
        run.totalMs += ms;
        run.zeroHits += found->empty() ? 1 : 0;
        run.fullPages += found->size() == 50 ? 1 : 0;
    }
    return run;
}

void printStatsRow(const char* label, const Stats& s) {
    std::printf("  %-26s n=%-5zu p50 %7.2f  p95 %7.2f  p99 %7.2f  max %7.2f  mean %7.2f ms\n", label, s.n, s.p50, s.p95,
                s.p99, s.max, s.mean);
}

// ---------------------------------------------------------------- encryption ratio

// Page-cache counters of one connection (sqlite3_db_status), read and reset.
// A keyed connection decrypts every miss and encrypts every written page.
struct PageIo {
    int hits = 0;
    int misses = 0;
    int writes = 0;
};

PageIo takePageIo(Database& db) {
    PageIo io;
    int high = 0;
    sqlite3_db_status(db.handle(), SQLITE_DBSTATUS_CACHE_HIT, &io.hits, &high, 1);
    sqlite3_db_status(db.handle(), SQLITE_DBSTATUS_CACHE_MISS, &io.misses, &high, 1);
    sqlite3_db_status(db.handle(), SQLITE_DBSTATUS_CACHE_WRITE, &io.writes, &high, 1);
    return io;
}

// 0: leave SQLite's default page cache (2,000 KiB), as the vault ships.
int g_cacheKib = 0;

void applyCacheSize(Database& db) {
    if (g_cacheKib > 0) {
        check(db.exec("PRAGMA cache_size = -" + std::to_string(g_cacheKib)), "PRAGMA cache_size");
    }
}

struct Workload {
    double insertMs = 0;
    double searchMs = 0;
    PageIo insertIo;
    PageIo searchIo;
    [[nodiscard]] double total() const { return insertMs + searchMs; }
};

void removeDatabaseFiles(const QString& path) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        QFile::remove(path + QLatin1String(suffix));
    }
}

// batch 0: every add() is its own transaction, as in the app. batch N: the adds run N at a time inside
// one outer transaction (each add() then nests as a savepoint), the shape of an import.
Workload runWorkload(const QString& path, const SecureBytes* key, bool synchronousOff,
                     const std::vector<PatientDraft>& drafts, std::size_t inserts, const std::vector<Query>& queries,
                     std::size_t batch = 0) {
    removeDatabaseFiles(path);
    Workload w;
    {
        Database db = key != nullptr ? check(Database::open(path, *key, Database::Mode::CreateNew), "Database::open")
                                     : check(Database::openUnencrypted(path, Database::Mode::CreateNew),
                                             "Database::openUnencrypted");
        check(Migrator::migrate(db), "Migrator::migrate");
        if (synchronousOff) {
            check(db.exec("PRAGMA synchronous = OFF"), "PRAGMA synchronous");
        }
        applyCacheSize(db);
        (void)takePageIo(db);
        Session session;
        session.user.id = QStringLiteral("00000000-0000-4000-8000-00000000beef");
        session.user.name = QStringLiteral("bench");
        session.user.role = Role::Admin;
        session.deviceId = QStringLiteral("00000000-0000-4000-8000-0000000dev1c");
        PatientRepository repo(db, session);
        auto start = SteadyClock::now();
        if (batch == 0) {
            for (std::size_t i = 0; i < inserts; ++i) {
                check(repo.add(drafts[i]), "PatientRepository::add (ratio)");
            }
        } else {
            for (std::size_t first = 0; first < inserts; first += batch) {
                Transaction tx = check(Transaction::begin(db), "Transaction::begin (batch)");
                for (std::size_t i = first; i < std::min(inserts, first + batch); ++i) {
                    check(repo.add(drafts[i]), "PatientRepository::add (batch)");
                }
                check(tx.commit(), "Transaction::commit (batch)");
            }
        }
        w.insertMs = msSince(start);
        w.insertIo = takePageIo(db);
        start = SteadyClock::now();
        for (const Query& q : queries) {
            check(repo.search(q.text, 50), "PatientRepository::search (ratio)");
        }
        w.searchMs = msSince(start);
        w.searchIo = takePageIo(db);
    }
    removeDatabaseFiles(path);
    return w;
}

// ---------------------------------------------------------------- options

struct Options {
    int patients = 100000;
    int appointments = 200000;
    int notes = 0;
    int queries = 1000;
    int typeAhead = 200;
    int ratioInserts = 20000;
    int ratioSearches = 2000;
    int fullSyncInserts = 2000;
    int openRuns = 20;
    int argonRuns = 5;
    int cacheKib = 0;
    int whatIfCacheKib = 16384;
    std::uint64_t seed = 20240601;
    QString keepDir;
    QString reuseDir;
};

Options parseOptions(const QStringList& args) {
    Options o;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& a = args[i];
        const auto value = [&]() -> QString {
            if (i + 1 >= args.size()) {
                std::fprintf(stderr, "bench_vault: %s needs a value\n", qPrintable(a));
                std::exit(1);
            }
            return args[++i];
        };
        if (a == QLatin1String("--patients")) {
            o.patients = value().toInt();
        } else if (a == QLatin1String("--appointments")) {
            o.appointments = value().toInt();
        } else if (a == QLatin1String("--notes")) {
            o.notes = value().toInt();
        } else if (a == QLatin1String("--queries")) {
            o.queries = value().toInt();
        } else if (a == QLatin1String("--typeahead-queries")) {
            o.typeAhead = value().toInt();
        } else if (a == QLatin1String("--ratio-inserts")) {
            o.ratioInserts = value().toInt();
        } else if (a == QLatin1String("--ratio-searches")) {
            o.ratioSearches = value().toInt();
        } else if (a == QLatin1String("--full-sync-inserts")) {
            o.fullSyncInserts = value().toInt();
        } else if (a == QLatin1String("--open-runs")) {
            o.openRuns = value().toInt();
        } else if (a == QLatin1String("--argon-runs")) {
            o.argonRuns = value().toInt();
        } else if (a == QLatin1String("--what-if-cache-kib")) {
            o.whatIfCacheKib = value().toInt();
        } else if (a == QLatin1String("--cache-kib")) {
            o.cacheKib = value().toInt();
        } else if (a == QLatin1String("--seed")) {
            o.seed = value().toULongLong();
        } else if (a == QLatin1String("--keep")) {
            o.keepDir = value();
        } else if (a == QLatin1String("--reuse")) {
            o.reuseDir = value();
        } else {
            std::fprintf(stderr,
                         "usage: bench_vault [--patients N] [--appointments M] [--notes K] [--queries Q]\n"
                         "                   [--typeahead-queries T]\n"
                         "                   [--ratio-inserts K] [--ratio-searches S] [--full-sync-inserts F]\n"
                         "                   [--open-runs R] [--argon-runs A] [--cache-kib C] [--what-if-cache-kib W]\n"
                         "                   [--seed X]\n"
                         "                   [--keep DIR | --reuse DIR]\n");
            std::exit(1);
        }
    }
    o.patients = std::max(o.patients, 10);
    o.appointments = std::max(o.appointments, 0);
    o.notes = std::max(o.notes, 0);
    o.ratioInserts = std::clamp(o.ratioInserts, 10, o.patients);
    o.fullSyncInserts = std::clamp(o.fullSyncInserts, 10, o.patients);
    return o;
}

struct SummaryRow {
    std::string what;
    std::string value;
    std::string target;
    std::string result;
};

std::string fixed(double v, int decimals, const char* suffix = "") {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f%s", decimals, v, suffix);
    return buffer;
}

// Notes: an encounter of a random patient with a SOAP draft, every second
// one signed. Returns the milliseconds the fill took.
double fillNotes(VaultSession& session, Generator& visits, const std::vector<QString>& patientIds, int count) {
    const QString soap = NoteTemplateRepository::builtinId(QStringLiteral("soap"));
    NoteRepository notes(session.db(), session.session());
    auto encounters = session.encounters();
    const int nStep = std::max(1, count / 5);
    const auto fillStart = SteadyClock::now();
    auto chunkStart = fillStart;
    for (int i = 0; i < count; ++i) {
        const Encounter encounter =
            check(encounters.open(visits.pick(patientIds), Consent::Verbal), "EncounterRepository::open");
        NewNote note;
        note.encounterId = encounter.id;
        note.templateId = soap;
        note.language = QStringLiteral("en");
        note.content = {{QStringLiteral("subjective"), QStringLiteral("Tooth pain on the lower left since last week.")},
                        {QStringLiteral("objective"), QStringLiteral("Caries 36 distal, percussion negative.")},
                        {QStringLiteral("assessment"), QStringLiteral("Dentine caries 36 D.")},
                        {QStringLiteral("plan"), QStringLiteral("Composite restoration 36 DO next visit.")}};
        const Note draft = check(notes.createDraft(note), "NoteRepository::createDraft");
        if (i % 2 == 0) {
            check(notes.sign(draft.id), "NoteRepository::sign");
        }
        if ((i + 1) % nStep == 0) {
            const double chunkMs = msSince(chunkStart);
            std::printf("  notes %7d  %7.0f notes/s (last %d: %.3f ms each)\n", i + 1, nStep / chunkMs * 1000.0, nStep,
                        chunkMs / nStep);
            std::fflush(stdout);
            chunkStart = SteadyClock::now();
        }
    }
    return msSince(fillStart);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (!initCrypto()) {
        std::fprintf(stderr, "bench_vault: libsodium failed to initialise\n");
        return 2;
    }
    QLoggingCategory::setFilterRules(QStringLiteral("clinicdesk.*.info=false"));
    const Options opt = parseOptions(QCoreApplication::arguments());
    g_cacheKib = opt.cacheKib;
    const auto benchStart = SteadyClock::now();
    std::vector<SummaryRow> summary;

    std::printf("bench_vault: %d patients, %d appointments, seed %llu, page cache %s\n", opt.patients, opt.appointments,
                static_cast<unsigned long long>(opt.seed),
                opt.cacheKib > 0 ? qPrintable(QStringLiteral("%1 KiB (--cache-kib, not as shipped)").arg(opt.cacheKib))
                                 : "as shipped");

    // ------------------------------------------------------------ 1. build and fill
    QTemporaryDir temp;
    const QString vaultDir = !opt.reuseDir.isEmpty()  ? opt.reuseDir
                             : !opt.keepDir.isEmpty() ? opt.keepDir
                                                      : temp.filePath(QStringLiteral("vault"));
    const SecureBytes password = SecureBytes::fromUtf8(QStringLiteral("bench-password-1234"));

    Generator people(opt.seed);
    std::vector<PatientDraft> drafts;
    drafts.reserve(static_cast<std::size_t>(opt.patients));
    for (int i = 0; i < opt.patients; ++i) {
        drafts.push_back(people.patient());
    }

    std::unique_ptr<VaultSession> session;
    if (opt.reuseDir.isEmpty()) {
        NewUser admin;
        admin.name = QStringLiteral("admin");
        admin.displayName = QStringLiteral("Bench Admin");
        admin.role = Role::Admin;
        admin.profession = Profession::Dentist;
        auto created = check(VaultSession::createVault(vaultDir, admin, password, KdfParams::minimum()),
                             "VaultSession::createVault");
        session = std::move(created.session);

        std::printf("\n[1] fill through PatientRepository::add / AppointmentRepository::add "
                    "(PRAGMA synchronous = OFF during the fill only)\n");
        check(session->db().exec("PRAGMA synchronous = OFF"), "PRAGMA synchronous = OFF");
        std::vector<QString> patientIds;
        patientIds.reserve(drafts.size());
        auto patients = session->patients();
        const int step = std::max(1, opt.patients / 10);
        auto fillStart = SteadyClock::now();
        auto chunkStart = fillStart;
        for (int i = 0; i < opt.patients; ++i) {
            auto saved = check(patients.add(drafts[static_cast<std::size_t>(i)]), "PatientRepository::add");
            patientIds.push_back(saved.patient.id);
            if ((i + 1) % step == 0) {
                const double chunkMs = msSince(chunkStart);
                std::printf("  patients %7d  %7.0f adds/s (last %d: %.3f ms each)\n", i + 1, step / chunkMs * 1000.0,
                            step, chunkMs / step);
                std::fflush(stdout);
                chunkStart = SteadyClock::now();
            }
        }
        const double patientFillMs = msSince(fillStart);
        Generator visits(opt.seed + 1);
        auto appointments = session->appointments();
        const int aStep = std::max(1, opt.appointments / 5);
        fillStart = chunkStart = SteadyClock::now();
        for (int i = 0; i < opt.appointments; ++i) {
            check(appointments.add(visits.appointment(patientIds, session->user().id)), "AppointmentRepository::add");
            if ((i + 1) % aStep == 0) {
                const double chunkMs = msSince(chunkStart);
                std::printf("  appointments %7d  %7.0f adds/s (last %d: %.3f ms each)\n", i + 1,
                            aStep / chunkMs * 1000.0, aStep, chunkMs / aStep);
                std::fflush(stdout);
                chunkStart = SteadyClock::now();
            }
        }
        const double appointmentFillMs = msSince(fillStart);
        const double notesFillMs = fillNotes(*session, visits, patientIds, opt.notes);
        check(session->db().exec("PRAGMA synchronous = FULL"), "PRAGMA synchronous = FULL");
        std::printf("  patients:     %d in %.1f s = %.0f adds/s\n", opt.patients, patientFillMs / 1000,
                    opt.patients / patientFillMs * 1000);
        if (opt.appointments > 0) {
            std::printf("  appointments: %d in %.1f s = %.0f adds/s\n", opt.appointments, appointmentFillMs / 1000,
                        opt.appointments / appointmentFillMs * 1000);
        }
        if (opt.notes > 0) {
            std::printf("  notes:        %d encounters with a note (half signed) in %.1f s\n", opt.notes,
                        notesFillMs / 1000);
        }
        summary.push_back(
            {"fill: patient adds/s (sync OFF)", fixed(opt.patients / patientFillMs * 1000, 0), "-", "info"});
        if (opt.appointments > 0) {
            summary.push_back({"fill: appointment adds/s (sync OFF)",
                               fixed(opt.appointments / appointmentFillMs * 1000, 0), "-", "info"});
        }
        // A vault as the user would find it: the fill session signs out
        // (checkpoint), the measurements sign in again.
        session.reset();
    }
    session = check(VaultSession::login(vaultDir, QStringLiteral("admin"), password), "VaultSession::login");
    applyCacheSize(session->db());
    {
        auto count = check(session->patients().count(), "PatientRepository::count");
        const double dbMiB =
            static_cast<double>(QFileInfo(QDir(vaultDir).filePath(QLatin1String(Vault::kDatabaseFile))).size()) /
            (1024.0 * 1024.0);
        std::printf("  vault: %lld patients, clinic.db %.1f MiB\n", static_cast<long long>(count), dbMiB);
        if (count != opt.patients) {
            std::fprintf(stderr, "bench_vault: the vault has %lld patients, expected %d (same --patients/--seed?)\n",
                         static_cast<long long>(count), opt.patients);
            return 2;
        }
        summary.push_back({"clinic.db size (MiB)", fixed(dbMiB, 1), "-", "info"});
    }

    // ------------------------------------------------------------ 2. search latency
    std::printf("\n[2] PatientRepository::search(text, 50), %d queries after 50 warm-up queries\n", opt.queries);
    Generator queryRng(opt.seed + 2);
    {
        auto repo = session->patients();
        (void)runSearches(repo, makeQueries(queryRng, drafts, 50));
        const SearchRun run = runSearches(repo, makeQueries(queryRng, drafts, opt.queries));
        const Stats all = summarize(run.all);
        for (const auto& [kind, samples] : run.byKind) {
            printStatsRow(kindName(kind), summarize(samples));
        }
        printStatsRow("ALL", all);
        const Stats cpu = summarize(run.cpu);
        printStatsRow("ALL, thread CPU time", cpu);
        std::printf("  queries with no hit: %zu (expected 0); returned the full 50: %zu\n", run.zeroHits,
                    run.fullPages);
        std::printf("  search p95 %.2f ms (target <= 10 ms): %s\n", all.p95, verdict(all.p95 <= 10.0));
        summary.push_back({"search p50 (ms)", fixed(all.p50, 2), "-", "info"});
        summary.push_back({"search p95 (ms)", fixed(all.p95, 2), "<= 10", verdict(all.p95 <= 10.0)});
        summary.push_back({"search p95, thread CPU time (ms)", fixed(cpu.p95, 2), "-", "info"});
        summary.push_back({"search p99 / max (ms)", fixed(all.p99, 2) + " / " + fixed(all.max, 2), "-", "info"});

        std::printf("  first keystrokes (informational):\n");
        for (QueryKind kind : {QueryKind::OneLetter, QueryKind::TwoLetters}) {
            const SearchRun ta = runSearches(repo, makeTypeAhead(queryRng, drafts, kind, opt.typeAhead));
            const Stats s = summarize(ta.all);
            printStatsRow(kindName(kind), s);
            summary.push_back({std::string("search ") + kindName(kind) + " p95 (ms)", fixed(s.p95, 2), "-", "info"});
        }

        // What-if (not as shipped): the same queries on a second connection
        // with a larger page cache, interleaved query by query with the
        // shipped connection so both see the same machine load. With a keyed
        // database every page-cache miss is a page decryption.
        if (opt.whatIfCacheKib > 0) {
            Database big = check(session->vault().openConnection(), "Vault::openConnection");
            check(big.exec("PRAGMA cache_size = -" + std::to_string(opt.whatIfCacheKib)), "PRAGMA cache_size");
            PatientRepository bigRepo(big, session->session());
            const std::vector<Query> queries = makeQueries(queryRng, drafts, opt.queries);
            (void)runSearches(bigRepo, makeQueries(queryRng, drafts, 50));
            SearchRun shipped, larger;
            for (std::size_t i = 0; i < queries.size(); ++i) {
                const std::vector<Query> one{queries[i]};
                SearchRun a, b;
                if (i % 2 == 0) {
                    a = runSearches(repo, one);
                    b = runSearches(bigRepo, one);
                } else {
                    b = runSearches(bigRepo, one);
                    a = runSearches(repo, one);
                }
                shipped.all.push_back(a.all.front());
                larger.all.push_back(b.all.front());
            }
            const Stats s1 = summarize(shipped.all);
            const Stats s2 = summarize(larger.all);
            std::printf("  what-if, interleaved on two connections (informational):\n");
            printStatsRow(g_cacheKib > 0 ? "page cache --cache-kib" : "page cache as shipped", s1);
            const std::string label = "page cache " + std::to_string(opt.whatIfCacheKib) + " KiB";
            printStatsRow(label.c_str(), s2);
            summary.push_back(
                {"what-if: search p95 with " + std::to_string(opt.whatIfCacheKib / 1024) + " MiB page cache (ms)",
                 fixed(s2.p95, 2) + " (vs " + fixed(s1.p95, 2) + ")", "-", "info"});
        }
    }

    // ------------------------------------------------------------ 3. open without Argon2id
    std::printf("\n[3] opening the vault (median of %d; the vault is closed between runs)\n", opt.openRuns);
    const QString userId = session->user().id;
    const SecureBytes keychainKey = check(session->rememberOnThisComputer(), "rememberOnThisComputer");
    session.reset();
    const KeyFile keys =
        check(KeyFile::load(QDir(vaultDir).filePath(QLatin1String(Vault::kKeysFile))), "KeyFile::load");
    const KeyEnvelope* envelope = keys.findForUserId(KeyEnvelope::Kind::Password, userId);
    if (envelope == nullptr) {
        std::fprintf(stderr, "bench_vault: no password envelope\n");
        return 2;
    }
    const KdfParams envelopeKdf = envelope->kdf;
    const QByteArray salt = envelope->salt;
    std::vector<double> unlockMs, deriveMs, keychainMs, loginMs, firstSearchMs;
    const std::vector<Query> coldQueries = makeQueries(queryRng, drafts, opt.openRuns * 5);
    for (int i = 0; i < opt.openRuns; ++i) {
        auto start = SteadyClock::now();
        auto unlocked = check(Vault::unlockWithPassword(vaultDir, QString(), password), "Vault::unlockWithPassword");
        unlockMs.push_back(msSince(start));
        unlocked.vault.reset();

        start = SteadyClock::now();
        check(PasswordKdf::derive(password, salt, envelopeKdf), "PasswordKdf::derive");
        deriveMs.push_back(msSince(start));

        start = SteadyClock::now();
        auto viaKey = check(Vault::unlockWithKeychainKey(vaultDir, QStringLiteral("admin"), keychainKey),
                            "unlockWithKeychainKey");
        keychainMs.push_back(msSince(start));
        {
            // The first search on a freshly opened connection: SQLCipher's page
            // cache is empty, so every page it reads is decrypted.
            Session who;
            who.user.id = viaKey.userId;
            who.user.role = Role::Admin;
            who.deviceId = viaKey.vault->deviceId();
            PatientRepository cold(viaKey.vault->db(), who);
            start = SteadyClock::now();
            check(cold.search(coldQueries[static_cast<std::size_t>(i) * 5].text, 50), "first search");
            firstSearchMs.push_back(msSince(start));
        }
        viaKey.vault.reset();

        start = SteadyClock::now();
        auto loggedIn = check(VaultSession::login(vaultDir, QStringLiteral("admin"), password), "VaultSession::login");
        loginMs.push_back(msSince(start));
        loggedIn.reset();
    }
    const double unlock = median(unlockMs);
    const double derive = median(deriveMs);
    const double openBySubtraction = unlock - derive;
    const double openDirect = median(keychainMs);
    const double login = median(loginMs);
    std::printf("  Vault::unlockWithPassword (Argon2id %llu passes, %zu MiB): %8.2f ms\n",
                static_cast<unsigned long long>(envelopeKdf.opsLimit), envelopeKdf.memLimit / (1024 * 1024), unlock);
    std::printf("  PasswordKdf::derive, same parameters:                   %8.2f ms\n", derive);
    std::printf("  => open excluding Argon2id (difference of medians):     %8.2f ms  (target <= 50 ms): %s\n",
                openBySubtraction, verdict(openBySubtraction <= 50.0));
    std::printf("  Vault::unlockWithKeychainKey (same steps, no Argon2id): %8.2f ms  (target <= 50 ms): %s\n",
                openDirect, verdict(openDirect <= 50.0));
    std::printf("  VaultSession::login (unlock + user + login audit):      %8.2f ms  (%.2f ms without Argon2id)\n",
                login, login - derive);
    const Stats cold = summarize(firstSearchMs);
    std::printf("  first search after opening (last-name prefix, empty page cache): median %.2f ms, max %.2f ms\n",
                cold.p50, cold.max);
    summary.push_back({"open excl. Argon2id: unlock - derive (ms)", fixed(openBySubtraction, 2), "<= 50",
                       verdict(openBySubtraction <= 50.0)});
    summary.push_back(
        {"open excl. Argon2id: keychain unlock (ms)", fixed(openDirect, 2), "<= 50", verdict(openDirect <= 50.0)});
    summary.push_back({"VaultSession::login minus Argon2id (ms)", fixed(login - derive, 2), "-", "info"});
    summary.push_back(
        {"first search after open, median / max (ms)", fixed(cold.p50, 2) + " / " + fixed(cold.max, 2), "-", "info"});

    // ------------------------------------------------------------ 4. Argon2id
    std::printf("\n[4] Argon2id (PasswordKdf::derive), median of %d\n", opt.argonRuns);
    std::vector<double> interactiveMs;
    for (int i = 0; i < opt.argonRuns; ++i) {
        const auto start = SteadyClock::now();
        check(PasswordKdf::derive(password, salt, KdfParams::interactive()), "PasswordKdf::derive interactive");
        interactiveMs.push_back(msSince(start));
    }
    const double interactive = median(interactiveMs);
    const KdfParams inter = KdfParams::interactive();
    std::printf("  interactive() %llu passes, %zu MiB: %8.1f ms (min %.1f, max %.1f)\n",
                static_cast<unsigned long long>(inter.opsLimit), inter.memLimit / (1024 * 1024), interactive,
                *std::min_element(interactiveMs.begin(), interactiveMs.end()),
                *std::max_element(interactiveMs.begin(), interactiveMs.end()));
    std::printf("  minimum()     %llu passes, %zu MiB: %8.1f ms (median of the %d runs above)\n",
                static_cast<unsigned long long>(KdfParams::minimum().opsLimit),
                KdfParams::minimum().memLimit / (1024 * 1024), derive, opt.openRuns);
    summary.push_back({"Argon2id interactive() (ms)", fixed(interactive, 0), "~500", "info"});
    summary.push_back({"Argon2id minimum() (ms)", fixed(derive, 0), "-", "info"});

    // ------------------------------------------------------------ 5. encryption ratio
    std::printf("\n[5] SQLCipher cost: the same PatientRepository inserts + searches, keyed vs no key\n");
    {
        const SecureBytes key = SecureBytes::random(KeyEnvelope::kKeySize);
        const QString path = temp.filePath(QStringLiteral("ratio.db"));
        const std::vector<PatientDraft> ratioDrafts(drafts.begin(), drafts.begin() + opt.ratioInserts);
        Generator ratioRng(opt.seed + 3);
        const std::vector<Query> ratioQueries = makeQueries(ratioRng, ratioDrafts, opt.ratioSearches);

        // CPU-bound: synchronous = OFF on both, so no fsync hides the cipher.
        // Alternating runs, best of two for each.
        Workload plain, keyed;
        for (int round = 0; round < 2; ++round) {
            const Workload p = runWorkload(path, nullptr, true, ratioDrafts, ratioDrafts.size(), ratioQueries);
            const Workload k = runWorkload(path, &key, true, ratioDrafts, ratioDrafts.size(), ratioQueries);
            if (round == 0 || p.total() < plain.total()) {
                plain = p;
            }
            if (round == 0 || k.total() < keyed.total()) {
                keyed = k;
            }
        }
        const double ratio = keyed.total() / plain.total();
        std::printf("  synchronous=OFF, %d inserts + %d searches (best of 2):\n", opt.ratioInserts, opt.ratioSearches);
        std::printf("    plain SQLite: inserts %8.0f ms, searches %7.0f ms, total %8.0f ms\n", plain.insertMs,
                    plain.searchMs, plain.total());
        std::printf("    SQLCipher:    inserts %8.0f ms, searches %7.0f ms, total %8.0f ms\n", keyed.insertMs,
                    keyed.searchMs, keyed.total());
        std::printf("    ratio: inserts %.2fx, searches %.2fx, total %.2fx (target <= 1.3x): %s\n",
                    keyed.insertMs / plain.insertMs, keyed.searchMs / plain.searchMs, ratio, verdict(ratio <= 1.3));
        const double n = opt.ratioInserts;
        const double q = std::max(1, opt.ratioSearches);
        std::printf("    keyed page I/O per add(): %.1f pages written (encrypted), %.1f cache misses (decrypted), "
                    "%.0f hits\n",
                    keyed.insertIo.writes / n, keyed.insertIo.misses / n, keyed.insertIo.hits / n);
        std::printf("    keyed page I/O per search(): %.1f cache misses (decrypted), %.0f hits\n",
                    keyed.searchIo.misses / q, keyed.searchIo.hits / q);
        std::printf("    cipher cost per add(): %.3f ms; per search(): %.3f ms\n",
                    (keyed.insertMs - plain.insertMs) / n, (keyed.searchMs - plain.searchMs) / q);
        summary.push_back(
            {"SQLCipher/plain, sync OFF (insert+search)", fixed(ratio, 2, "x"), "<= 1.3x", verdict(ratio <= 1.3)});
        summary.push_back(
            {"  of which inserts / searches",
             fixed(keyed.insertMs / plain.insertMs, 2, "x") + " / " + fixed(keyed.searchMs / plain.searchMs, 2, "x"),
             "-", "info"});

        // The same adds inside outer transactions of 500 (sync OFF), so each add() nests as a
        // savepoint. The commit writes few pages per add, but SQLCipher 3.4 also encrypts every page
        // a savepoint (or statement) journal keeps, even in memory: this shows that cost. Information
        // only: the app commits every add() on its own.
        Workload plainBatch, keyedBatch;
        for (int round = 0; round < 2; ++round) {
            const Workload p = runWorkload(path, nullptr, true, ratioDrafts, ratioDrafts.size(), ratioQueries, 500);
            const Workload k = runWorkload(path, &key, true, ratioDrafts, ratioDrafts.size(), ratioQueries, 500);
            if (round == 0 || p.total() < plainBatch.total()) {
                plainBatch = p;
            }
            if (round == 0 || k.total() < keyedBatch.total()) {
                keyedBatch = k;
            }
        }
        const double batchRatio = keyedBatch.total() / plainBatch.total();
        std::printf("  synchronous=OFF, the same adds 500 per outer transaction (each a savepoint) + the same searches "
                    "(best of 2):\n");
        std::printf("    plain SQLite: inserts %8.0f ms, searches %7.0f ms, total %8.0f ms\n", plainBatch.insertMs,
                    plainBatch.searchMs, plainBatch.total());
        std::printf("    SQLCipher:    inserts %8.0f ms, searches %7.0f ms, total %8.0f ms\n", keyedBatch.insertMs,
                    keyedBatch.searchMs, keyedBatch.total());
        std::printf("    ratio: inserts %.2fx, total %.2fx; keyed pages committed per add(): %.1f\n",
                    keyedBatch.insertMs / plainBatch.insertMs, batchRatio, keyedBatch.insertIo.writes / n);
        summary.push_back({"  same, adds as savepoints, 500 per transaction", fixed(batchRatio, 2, "x"), "-", "info"});

        // As shipped: synchronous = FULL, one fsync per add().
        const std::vector<PatientDraft> fullDrafts(drafts.begin(), drafts.begin() + opt.fullSyncInserts);
        Generator fullRng(opt.seed + 4);
        const std::vector<Query> fullSyncQueries = makeQueries(fullRng, fullDrafts, opt.ratioSearches);
        const Workload fp = runWorkload(path, nullptr, false, fullDrafts, fullDrafts.size(), fullSyncQueries);
        const Workload fk = runWorkload(path, &key, false, fullDrafts, fullDrafts.size(), fullSyncQueries);
        const double fullRatio = fk.total() / fp.total();
        std::printf("  synchronous=FULL (as shipped), %d inserts + %d searches:\n", opt.fullSyncInserts,
                    opt.ratioSearches);
        std::printf("    plain SQLite: inserts %8.0f ms (%.2f ms each), searches %7.0f ms\n", fp.insertMs,
                    fp.insertMs / opt.fullSyncInserts, fp.searchMs);
        std::printf("    SQLCipher:    inserts %8.0f ms (%.2f ms each), searches %7.0f ms\n", fk.insertMs,
                    fk.insertMs / opt.fullSyncInserts, fk.searchMs);
        std::printf("    ratio: total %.2fx (target <= 1.3x): %s\n", fullRatio, verdict(fullRatio <= 1.3));
        summary.push_back({"SQLCipher/plain, sync FULL (insert+search)", fixed(fullRatio, 2, "x"), "<= 1.3x",
                           verdict(fullRatio <= 1.3)});
        summary.push_back(
            {"add() as shipped, sync FULL (ms each)", fixed(fk.insertMs / opt.fullSyncInserts, 2), "-", "info"});
    }

    // ------------------------------------------------------------ 6. summary
    std::printf("\n[6] summary (%d patients, %d appointments; total bench time %.0f s)\n", opt.patients,
                opt.appointments, msSince(benchStart) / 1000);
    std::printf("  %-50s %-18s %-9s %s\n", "figure", "value", "target", "result");
    for (const SummaryRow& row : summary) {
        std::printf("  %-50s %-18s %-9s %s\n", row.what.c_str(), row.value.c_str(), row.target.c_str(),
                    row.result.c_str());
    }
    return 0;
}
