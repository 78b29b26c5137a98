// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "DemoVault.h"

#include "demo/DemoClinic.h"
#include "util/Logging.h"

#include <QRandomGenerator>

namespace clinicdesk {

namespace {

struct Sample {
    const char* firstName;
    const char* lastName;
    const char* dateOfBirth;
    const char* nationalId;
    const char* phone;
    const char* email;
    const char* address;
    const char* notes;
};

// UTF-8 literals: names with diacritics are the point of a search demo.
constexpr Sample kSamples[] = {
    // Sweden
    {"Tolvan", "Tolvansson", "", "19121212-1212", "070-174 06 05", "tolvan@example.se",
     "Storgatan 12, 114 55 Stockholm", "Regular check-ups; no known allergies."},
    {"Åsa", "Lindström", "1984-03-17", "", "070-174 06 06", "asa.lindstrom@example.se", "", ""},
    {"Björn", "Öberg", "1958-11-02", "", "070-174 06 07", "", "Vasagatan 3, 411 24 Göteborg", "Penicillin allergy."},
    {"Märta", "Ekström", "1947-06-29", "", "070-174 06 08", "", "", ""},
    {"Göran", "Åkesson", "1971-01-08", "", "070-174 06 09", "goran.akesson@example.se", "", ""},
    {"Karin", "Sjöberg", "1990-09-23", "", "070-174 06 10", "karin.sjoberg@example.se", "", ""},
    {"Linnéa", "Hägglund", "2012-04-14", "", "", "", "Kungsgatan 40, 753 21 Uppsala", ""},
    {"Ingrid", "Bergqvist", "1966-12-01", "", "070-174 06 11", "", "", ""},
    {"Per-Olof", "Wärn", "1952-08-19", "", "070-174 06 12", "", "", "Anxious about treatment; book long slots."},
    {"Elsa", "Håkansson", "2001-02-11", "", "070-174 06 13", "elsa.hakansson@example.se", "", ""},
    {"Oskar", "Strömberg", "1979-05-30", "", "070-174 06 14", "", "", ""},
    {"Maja", "Löfgren", "1995-10-05", "", "070-174 06 15", "maja.lofgren@example.se", "", ""},
    {"Tove", "Sandén", "1988-07-21", "", "070-174 06 16", "", "", ""},
    {"Nils", "Ågren", "1939-03-03", "", "070-174 06 17", "", "Ringvägen 8, 222 22 Lund", ""},
    // Poland
    {"Henryk", "Mazur", "", "44051401359", "", "henryk.mazur@example.pl", "ul. Kwiatowa 7, 00-001 Warszawa",
     "Diabetes type 2."},
    {"Łukasz", "Wiśniewski", "1986-04-12", "", "", "lukasz.wisniewski@example.pl", "", ""},
    {"Zofia", "Kowalczyk", "1975-09-09", "", "", "", "", ""},
    {"Małgorzata", "Dąbrowska", "1963-02-27", "", "", "malgorzata.dabrowska@example.pl", "", ""},
    {"Paweł", "Żak", "1999-12-24", "", "", "", "", ""},
    {"Agnieszka", "Wójcik", "1982-06-15", "", "", "agnieszka.wojcik@example.pl", "ul. Lipowa 15, 30-001 Kraków", ""},
    {"Krzysztof", "Kamiński", "1957-01-31", "", "", "", "", ""},
    {"Ewa", "Lewandowska", "1970-08-08", "", "", "ewa.lewandowska@example.pl", "", ""},
    {"Grzegorz", "Szymański", "1991-03-19", "", "", "", "", ""},
    {"Katarzyna", "Woźniak", "1968-11-11", "", "", "katarzyna.wozniak@example.pl", "", "Prefers morning sessions."},
    {"Jędrzej", "Kaczmarek", "2005-05-05", "", "", "", "", ""},
    {"Bożena", "Zielińska", "1949-10-20", "", "", "", "ul. Słoneczna 2, 80-001 Gdańsk", ""},
    {"Tomasz", "Jabłoński", "1983-07-07", "", "", "tomasz.jablonski@example.pl", "", ""},
    // South Africa
    {"Johan", "Botha", "", "8001015009087", "", "johan.botha@example.co.za", "14 Jacaranda Street, Pretoria",
     "Bruxism; night guard fitted."},
    {"Thabo", "Mokoena", "1987-02-14", "", "", "thabo.mokoena@example.co.za", "", ""},
    {"Nomvula", "Dlamini", "1993-06-01", "", "", "", "", ""},
    {"Pieter", "van der Merwe", "1961-09-28", "", "", "pieter.vdmerwe@example.co.za", "", ""},
    {"Anri", "du Plessis", "1997-12-12", "", "", "", "", ""},
    {"Sipho", "Ndlovu", "1974-04-04", "", "", "sipho.ndlovu@example.co.za", "22 Protea Road, Durban", ""},
    {"Lerato", "Khumalo", "1989-08-16", "", "", "", "", ""},
    {"Zanele", "Mthembu", "2008-03-25", "", "", "", "", ""},
    {"Ayanda", "Zulu", "1980-10-10", "", "", "ayanda.zulu@example.co.za", "", ""},
    {"Kgomotso", "Molefe", "1955-05-18", "", "", "", "", ""},
    {"Naledi", "Mahlangu", "2000-01-29", "", "", "naledi.mahlangu@example.co.za", "", ""},
    {"Riaan", "Steyn", "1969-07-03", "", "", "", "5 Kloof Street, Cape Town", ""},
    {"Thandiwe", "Nkosi", "1992-11-27", "", "", "thandiwe.nkosi@example.co.za", "", ""},
};

QString randomPassword() {
    static constexpr char kAlphabet[] = "abcdefghjkmnpqrstuvwxyz23456789";
    QString password;
    for (int i = 0; i < 16; ++i) {
        password += QLatin1Char(kAlphabet[QRandomGenerator::system()->bounded(int(sizeof(kAlphabet) - 1))]);
    }
    return password;
}

} // namespace

std::vector<PatientDraft> DemoVault::samplePatients() {
    std::vector<PatientDraft> drafts;
    for (const Sample& sample : kSamples) {
        PatientDraft draft;
        draft.firstName = QString::fromUtf8(sample.firstName);
        draft.lastName = QString::fromUtf8(sample.lastName);
        draft.dateOfBirth = QString::fromUtf8(sample.dateOfBirth);
        draft.nationalId = QString::fromUtf8(sample.nationalId);
        draft.phone = QString::fromUtf8(sample.phone);
        draft.email = QString::fromUtf8(sample.email);
        draft.address = QString::fromUtf8(sample.address);
        if (*sample.notes != '\0') {
            draft.clinicalNotes = QString::fromUtf8(sample.notes);
        }
        drafts.push_back(std::move(draft));
    }
    return drafts;
}

Result<DemoVault::Created> DemoVault::create(const QString& dir, const KdfParams& kdf) {
    NewUser admin;
    admin.name = QString::fromLatin1(kUserName);
    admin.displayName = tr("Dr Demo");
    admin.profession = Profession::Dentist;
    QString password = randomPassword();
    auto created = VaultSession::createVault(dir, admin, SecureBytes::fromUtf8(password), kdf);
    if (!created) {
        return std::unexpected(created.error());
    }
    created->session->vault().setKdfForNewEnvelopes(kdf);
    auto patients = created->session->patients();
    for (const PatientDraft& draft : samplePatients()) {
        if (auto saved = patients.add(draft); !saved) {
            qCWarning(lcUi) << "demo patient refused:" << saved.error().detail;
            return std::unexpected(saved.error());
        }
    }
    if (auto s = DemoClinic::fill(*created->session); !s) {
        qCWarning(lcUi) << "demo clinic refused:" << s.error().detail;
        return std::unexpected(s.error());
    }
    return Created{std::move(created->session), admin.name, password};
}

} // namespace clinicdesk
