import type { ShapeFixture } from './entity-shapes.fixtures.js';

/** Batch Q3: written blind on 2026-11-27 by a helper (no detector source or tests were read). */
export const BATCH_Q3: ShapeFixture[] = [
  // 1 Polish, chat: instrumental person, locative town
  { shape: 'chat', text: 'Wczoraj byłem z Jankiem Wiśniewskim w Toruniu, pozdrawia cię.', expect: [['PERSON', 'Jankiem Wiśniewskim'], ['LOCATION', 'Toruniu']] },
  // 2 Polish, SMS: genitive person, genitive town
  { shape: 'sms', text: 'Zadzwoń do Kasi Zielińskiej, wraca jutro z Krakowa o 18.', expect: [['PERSON', 'Kasi Zielińskiej'], ['LOCATION', 'Krakowa']] },
  // 3 Polish, e-mail: vocative addressee, accusative person, street address, signature
  { shape: 'email', text: 'Dzień dobry Pani Agnieszko,\nprzesyłam umowę podpisaną przez Marka Sobczaka. Proszę o odesłanie na adres ul. Piotrkowska 112/4, 90-006 Łódź.\nPozdrawiam,\nBartosz Kołodziej', expect: [['PERSON', 'Agnieszko'], ['PERSON', 'Marka Sobczaka'], ['ADDRESS', 'ul. Piotrkowska 112/4, 90-006 Łódź'], ['PERSON', 'Bartosz Kołodziej']] },
  // 4 Polish, support ticket: nominative customer, genitive town, genitive neighbour after "pani"
  { shape: 'ticket', text: 'Zgłoszenie #4471: klient Tomasz Rybicki z Bydgoszczy nie otrzymał paczki. Kurier twierdzi, że zostawił ją u sąsiadki, pani Haliny Mazur.', expect: [['PERSON', 'Tomasz Rybicki'], ['LOCATION', 'Bydgoszczy'], ['PERSON', 'Haliny Mazur']] },
  // 5 Polish, meeting notes: attendee list, dative person, genitive towns, bare first name
  { shape: 'meeting', text: 'Notatka ze spotkania 12.03: obecni – Ewa Kaczmarek, Paweł Górski. Ustalono, że Pawłowi Górskiemu przypada wyjazd do Rzeszowa, a Ewa zajmie się klientem z Olsztyna.', expect: [['PERSON', 'Ewa Kaczmarek'], ['PERSON', 'Paweł Górski'], ['PERSON', 'Pawłowi Górskiemu'], ['LOCATION', 'Rzeszowa'], ['PERSON', 'Ewa'], ['LOCATION', 'Olsztyna']] },
  // 6 Polish, news: locative town, genitive hyphenated town, spokesperson
  { shape: 'news', text: 'Policja w Kielcach zatrzymała 34-letniego mieszkańca Skarżyska-Kamiennej. Jak poinformowała rzeczniczka komendy Monika Adamczyk, mężczyzna usłyszał zarzut kradzieży.', expect: [['LOCATION', 'Kielcach'], ['LOCATION', 'Skarżyska-Kamiennej'], ['PERSON', 'Monika Adamczyk']] },
  // 7 Polish, chat: accusative diminutives, locative town
  { shape: 'chat', text: 'Pozdrów ode mnie Wojtka i jego żonę Magdę, widziałem ich w Sopocie na molo.', expect: [['PERSON', 'Wojtka'], ['PERSON', 'Magdę'], ['LOCATION', 'Sopocie']] },
  // 8 Polish, short form: name, birthplace, full address (town inside address not separate)
  { shape: 'form', text: 'Imię i nazwisko: Zofia Pawlak\nMiejsce urodzenia: Nowy Sącz\nAdres zamieszkania: ul. Kościuszki 7 m. 12, 33-300 Nowy Sącz', expect: [['PERSON', 'Zofia Pawlak'], ['LOCATION', 'Nowy Sącz'], ['ADDRESS', 'ul. Kościuszki 7 m. 12, 33-300 Nowy Sącz']] },
  // 9 Polish, SMS: locative town, instrumental diminutive, mountain (natural place)
  { shape: 'sms', text: 'Mamo, jestem już w Zakopanem, jutro idziemy z Olkiem na Giewont.', expect: [['LOCATION', 'Zakopanem'], ['PERSON', 'Olkiem'], ['LOCATION', 'Giewont']] },
  // 10 Polish, letter: genitive plural town, instrumental diminutive, sea, signature ("Babciu" is not a name)
  { shape: 'letter', text: 'Kochana Babciu, dziękuję za paczkę z Suwałk. U nas wszystko dobrze, Jadzia z Heniem pojechali nad Bałtyk. Całuję, Basia', expect: [['LOCATION', 'Suwałk'], ['PERSON', 'Jadzia'], ['PERSON', 'Heniem'], ['LOCATION', 'Bałtyk'], ['PERSON', 'Basia']] },
  // 11 Polish, hard negative: schedule heading with weekdays, month, departments
  { shape: 'negative', text: 'HARMONOGRAM GRUDZIEŃ\nPoniedziałek: Szkolenie BHP (Dział Kadr)\nŚroda: Przegląd Budżetu\nPiątek: Wigilia Firmowa\nUwagi: Prosimy o zabranie Regulaminu Pracy.', expect: [] },
  // 12 Polish, hard negative: order with products and an institution
  { shape: 'negative', text: 'Zamówienie: Samsung Galaxy A54, etui Spigen, ładowarka Xiaomi. Status: Wysłano. Reklamacje rozpatruje Urząd Ochrony Konkurencji i Konsumentów.', expect: [] },
  // 13 Polish, support ticket: dative full name, locative town
  { shape: 'ticket', text: 'Użytkownik zgłasza, że od poniedziałku nie może się zalogować. Sprawę przekazano Krzysztofowi Lisowi z oddziału w Opolu.', expect: [['PERSON', 'Krzysztofowi Lisowi'], ['LOCATION', 'Opolu']] },
  // 14 Polish, e-mail: vocative after "Panie", instrumental full name, locative town
  { shape: 'email', text: 'Szanowny Panie Grzegorzu,\nw nawiązaniu do rozmowy z Dorotą Wróblewską przesyłam ofertę dla hotelu w Kołobrzegu.', expect: [['PERSON', 'Grzegorzu'], ['PERSON', 'Dorotą Wróblewską'], ['LOCATION', 'Kołobrzegu']] },
  // 15 Polish, news: genitive town, mayor (title excluded), genitive two-word town
  { shape: 'news', text: 'Burmistrz Wadowic Stanisław Kurek spotkał się z mieszkańcami Kalwarii Zebrzydowskiej w sprawie obwodnicy.', expect: [['LOCATION', 'Wadowic'], ['PERSON', 'Stanisław Kurek'], ['LOCATION', 'Kalwarii Zebrzydowskiej']] },
  // 16 Polish, chat: instrumental first name, genitive two-word town, street address without town
  { shape: 'chat', text: 'Widziałaś się z Justyną? Mówiła, że przeprowadza się do Gorzowa Wielkopolskiego, na ul. Sikorskiego 23.', expect: [['PERSON', 'Justyną'], ['LOCATION', 'Gorzowa Wielkopolskiego'], ['ADDRESS', 'ul. Sikorskiego 23']] },
  // 17 Polish, meeting minutes: nominative chair, dative name, surname after "Pani", locative town
  { shape: 'meeting', text: 'Protokół: przewodniczący Jerzy Malinowski udzielił głosu Annie Szewczyk. Pani Szewczyk przedstawiła wyniki oddziału w Lesznie.', expect: [['PERSON', 'Jerzy Malinowski'], ['PERSON', 'Annie Szewczyk'], ['PERSON', 'Szewczyk'], ['LOCATION', 'Lesznie']] },
  // 18 Polish, SMS: accusative diminutive, instrumental town, signature
  { shape: 'sms', text: 'Odbierz Julka z przedszkola, ja utknęłam w korku pod Wieliczką. Buziaki, Iza', expect: [['PERSON', 'Julka'], ['LOCATION', 'Wieliczką'], ['PERSON', 'Iza']] },
  // 19 Polish, log line: genitive full name, street address with postcode
  { shape: 'log', text: '2026-03-14 10:22:01 INFO delivery: paczka dla Michała Zawadzkiego doręczona, adres: ul. Wojska Polskiego 8, 70-471 Szczecin', expect: [['PERSON', 'Michała Zawadzkiego'], ['ADDRESS', 'ul. Wojska Polskiego 8, 70-471 Szczecin']] },
  // 20 Polish, CSV: split first name / surname columns, towns
  { shape: 'csv', text: 'imie;nazwisko;miasto\nWiesław;Dąbrowski;Przemyśl\nElżbieta;Kowalczyk;Ełk', expect: [['PERSON', 'Wiesław'], ['PERSON', 'Dąbrowski'], ['LOCATION', 'Przemyśl'], ['PERSON', 'Elżbieta'], ['PERSON', 'Kowalczyk'], ['LOCATION', 'Ełk']] },
  // 21 Czech, chat: instrumental full name, locative town
  { shape: 'chat', text: 'Včera jsem byl s Petrem Novotným v Olomouci, moc tě pozdravuje.', expect: [['PERSON', 'Petrem Novotným'], ['LOCATION', 'Olomouci']] },
  // 22 Czech, SMS: dative full name, genitive town
  { shape: 'sms', text: 'Zavolej Janě Dvořákové, přijede zítra z Brna vlakem.', expect: [['PERSON', 'Janě Dvořákové'], ['LOCATION', 'Brna']] },
  // 23 Czech, e-mail: vocative surname after "pane", genitive after "paní", street address
  { shape: 'email', text: 'Dobrý den, pane Horáku,\nposílám Vám smlouvu od paní Veroniky Procházkové. Podepsanou ji prosím zašlete na adresu Masarykova 27, 370 01 České Budějovice.', expect: [['PERSON', 'Horáku'], ['PERSON', 'Veroniky Procházkové'], ['ADDRESS', 'Masarykova 27, 370 01 České Budějovice']] },
  // 24 Czech, support ticket: nominative customer, genitive plural town, dative technician
  { shape: 'ticket', text: 'Tiket #88213: Zákazník Radek Šimek z Pardubic hlásí nefunkční router. Předáno technikovi Lukáši Benešovi, který ho navštíví ve čtvrtek.', expect: [['PERSON', 'Radek Šimek'], ['LOCATION', 'Pardubic'], ['PERSON', 'Lukáši Benešovi']] },
  // 25 Czech, news: genitive town, multi-word village name, genitive spokeswoman
  { shape: 'news', text: 'Hasiči z Kolína zasahovali u požáru v obci Týnec nad Labem. Podle mluvčí Ivany Kratochvílové nebyl nikdo zraněn.', expect: [['LOCATION', 'Kolína'], ['LOCATION', 'Týnec nad Labem'], ['PERSON', 'Ivany Kratochvílové']] },
  // 26 Czech, meeting minutes: nominative name, locative town, accusative name, accusative town
  { shape: 'meeting', text: 'Zápis z porady: Markéta Veselá informovala o pobočce v Ostravě. Úkol pro Ondřeje Krále: připravit rozpočet pro Jihlavu.', expect: [['PERSON', 'Markéta Veselá'], ['LOCATION', 'Ostravě'], ['PERSON', 'Ondřeje Krále'], ['LOCATION', 'Jihlavu']] },
  // 27 Czech, chat: vocative diminutive, instrumental name, mountains (genitive), genitive name, locative town
  { shape: 'chat', text: 'Ahoj Terezko, nechceš jet s Vojtěchem na víkend do Krkonoš? Bydleli bychom u Zdeňka ve Vrchlabí.', expect: [['PERSON', 'Terezko'], ['PERSON', 'Vojtěchem'], ['LOCATION', 'Krkonoš'], ['PERSON', 'Zdeňka'], ['LOCATION', 'Vrchlabí']] },
  // 28 Czech, short form: name, birthplace, full address
  { shape: 'form', text: 'Jméno: Hana Marešová\nMísto narození: Kutná Hora\nTrvalé bydliště: Palackého 112/5, 284 01 Kutná Hora', expect: [['PERSON', 'Hana Marešová'], ['LOCATION', 'Kutná Hora'], ['ADDRESS', 'Palackého 112/5, 284 01 Kutná Hora']] },
  // 29 Czech, hard negative: opening-hours notice with weekdays, month, departments
  { shape: 'negative', text: 'PROVOZNÍ DOBA – LISTOPAD\nPondělí–Pátek: 8:00–17:00\nSobota: Zavřeno\nReklamace vyřizuje Oddělení Zákaznické Péče, dotazy Správa Budov.', expect: [] },
  // 30 Czech, hard negative: product advert with capitalised brand/month/service words
  { shape: 'negative', text: 'Novinka! Škoda Octavia Combi nyní se Zárukou Plus. Nabídka platí do konce Listopadu. Více informací poskytne Zákaznická Linka.', expect: [] },
  // 31 Czech, SMS: accusative diminutive, locative town, signature
  { shape: 'sms', text: 'Nezapomeň vyzvednout Kubu u babičky v Táboře. Díky, Lenka', expect: [['PERSON', 'Kubu'], ['LOCATION', 'Táboře'], ['PERSON', 'Lenka']] },
  // 32 Czech, e-mail: vocative, instrumental full name, locative town, street address, signature
  { shape: 'email', text: 'Milá Aleno,\ns Jiřím Pospíšilem jsme se domluvili na schůzce v Plzni ve středu. Adresa: Americká třída 42, Plzeň.\nS pozdravem\nKarel Blažek', expect: [['PERSON', 'Aleno'], ['PERSON', 'Jiřím Pospíšilem'], ['LOCATION', 'Plzni'], ['ADDRESS', 'Americká třída 42, Plzeň'], ['PERSON', 'Karel Blažek']] },
  // 33 Slovak, chat: instrumental full name, locative town
  { shape: 'chat', text: 'Včera som bol s Martinom Kováčom v Žiline, pozdravuje ťa.', expect: [['PERSON', 'Martinom Kováčom'], ['LOCATION', 'Žiline']] },
  // 34 Slovak, SMS: dative full name, genitive town
  { shape: 'sms', text: 'Zavolaj Zuzke Hudákovej, vracia sa z Prešova o piatej.', expect: [['PERSON', 'Zuzke Hudákovej'], ['LOCATION', 'Prešova']] },
  // 35 Slovak, e-mail: surname after "pani", accusative after "pána", street address
  { shape: 'email', text: 'Dobrý deň, pani Baláková,\nv prílohe posielam faktúru pre pána Mateja Oravca. Tovar prosím doručte na adresu Hlavná 45, 040 01 Košice.', expect: [['PERSON', 'Baláková'], ['PERSON', 'Mateja Oravca'], ['ADDRESS', 'Hlavná 45, 040 01 Košice']] },
  // 36 Slovak, support ticket: nominative customer, genitive two-word town, dative assignee
  { shape: 'ticket', text: 'Požiadavka #5520: Zákazníčka Lucia Vargová z Banskej Bystrice reklamuje práčku. Prípad bol pridelený Jurajovi Mrázovi.', expect: [['PERSON', 'Lucia Vargová'], ['LOCATION', 'Banskej Bystrice'], ['PERSON', 'Jurajovi Mrázovi']] },
  // 37 Slovak, news: locative towns (one multi-word), spokesman
  { shape: 'news', text: 'Polícia v Trenčíne pátra po mužovi, ktorý ukradol auto v Novom Meste nad Váhom. Informoval o tom hovorca Dušan Mikuš.', expect: [['LOCATION', 'Trenčíne'], ['LOCATION', 'Novom Meste nad Váhom'], ['PERSON', 'Dušan Mikuš']] },
  // 38 Slovak, meeting minutes: nominative name, locative towns, accusative name, genitive mountains
  { shape: 'meeting', text: 'Zápisnica: Gabriela Tóthová predstavila výsledky pobočky v Nitre. Úloha pre Romana Kučeru: pripraviť návštevu v Poprade a výlet do Vysokých Tatier.', expect: [['PERSON', 'Gabriela Tóthová'], ['LOCATION', 'Nitre'], ['PERSON', 'Romana Kučeru'], ['LOCATION', 'Poprade'], ['LOCATION', 'Vysokých Tatier']] },
  // 39 Slovak, chat: greeting name, instrumental name, region (locative), genitive name, locative town
  { shape: 'chat', text: 'Ahoj Danka, s Tiborom sme boli cez víkend na Orave, spali sme u Miroslava v Trstenej.', expect: [['PERSON', 'Danka'], ['PERSON', 'Tiborom'], ['LOCATION', 'Orave'], ['PERSON', 'Miroslava'], ['LOCATION', 'Trstenej']] },
  // 40 Slovak, hard negative: notice heading with weekdays and institutions
  { shape: 'negative', text: 'OZNAM PRE KLIENTOV\nPondelok: Zatvorené\nUtorok: Inventúra\nFormuláre nájdete na Ústrednom Portáli Verejnej Správy, informácie poskytne Sociálna Poisťovňa.', expect: [] },
];
