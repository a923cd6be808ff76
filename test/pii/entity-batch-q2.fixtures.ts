import type { ShapeFixture } from './entity-shapes.fixtures.js';

/** Batch Q2: written blind on 2026-11-27 by a helper (no detector source or tests were read). */
export const BATCH_Q2: ShapeFixture[] = [
  // 1 Polish, SMS, vocative + dative names, genitive/locative towns
  { shape: 'sms', text: 'Hej Kasiu, jestem już w Sandomierzu, jutro rano jadę do Opatowa. Daj znać Jackowi, że się spóźnię.', expect: [['PERSON', 'Kasiu'], ['LOCATION', 'Sandomierzu'], ['LOCATION', 'Opatowa'], ['PERSON', 'Jackowi']] },
  // 2 Polish, customer-support chat, "pod" + instrumental town, vocative name
  { shape: 'chat', text: 'Klient: Dzień dobry, nazywam się Zofia Wrzesińska, paczka miała przyjść do Łowicza, a utknęła w sortowni pod Strykowem.\nKonsultant: Dzień dobry pani Zofio, sprawdzam numer przesyłki.', expect: [['PERSON', 'Zofia Wrzesińska'], ['LOCATION', 'Łowicza'], ['LOCATION', 'Strykowem'], ['PERSON', 'Zofio']] },
  // 3 Polish, e-mail, vocative salutation, street address, genitive small town
  { shape: 'email', text: 'Temat: Umowa najmu\n\nSzanowny Panie Waldemarze,\nprzesyłam projekt umowy dla mieszkania przy ul. Kościuszki 18/4, 33-300 Nowy Sącz. Klucze odbierze ode mnie pani Halina Bednarz z Limanowej.\n\nPozdrawiam\nRobert Ciesielski', expect: [['PERSON', 'Waldemarze'], ['ADDRESS', 'ul. Kościuszki 18/4, 33-300 Nowy Sącz'], ['PERSON', 'Halina Bednarz'], ['LOCATION', 'Limanowej'], ['PERSON', 'Robert Ciesielski']] },
  // 4 Polish, JSON record, split first/last name fields
  { shape: 'json', text: '{"imie": "Grzegorz", "nazwisko": "Pietrzyk", "miejscowosc": "Myślenice", "adres": "ul. Jagiellońska 12, 32-400 Myślenice", "uwagi": "dzwonić po 16"}', expect: [['PERSON', 'Grzegorz'], ['PERSON', 'Pietrzyk'], ['LOCATION', 'Myślenice'], ['ADDRESS', 'ul. Jagiellońska 12, 32-400 Myślenice']] },
  // 5 Polish, CSV with semicolons, surname that is also a common noun (Sowa)
  { shape: 'csv', text: 'id;imie_nazwisko;miasto;kod\n101;Aleksandra Mazurek;Płock;09-400\n102;Damian Sowa;Kutno;99-300\n103;Ewelina Jasińska;Gostynin;09-500', expect: [['PERSON', 'Aleksandra Mazurek'], ['LOCATION', 'Płock'], ['PERSON', 'Damian Sowa'], ['LOCATION', 'Kutno'], ['PERSON', 'Ewelina Jasińska'], ['LOCATION', 'Gostynin']] },
  // 6 Polish, news snippet, genitive/locative small towns, no persons
  { shape: 'news', text: 'Policjanci z Olkusza zatrzymali 34-letniego mieszkańca Wolbromia, który ukradł rower sprzed sklepu na osiedlu w Bukownie. Sprawą zajmie się prokuratura w Olkuszu.', expect: [['LOCATION', 'Olkusza'], ['LOCATION', 'Wolbromia'], ['LOCATION', 'Bukownie'], ['LOCATION', 'Olkuszu']] },
  // 7 Polish, prose, instrumental names, river after "nad", genitive village
  { shape: 'prose', text: 'W sobotę spotkałem się z Janem Wieczorkiem i jego siostrą Martą nad Sołą w Żywcu. Później pojechaliśmy do Milówki na obiad.', expect: [['PERSON', 'Janem Wieczorkiem'], ['PERSON', 'Martą'], ['LOCATION', 'Sołą'], ['LOCATION', 'Żywcu'], ['LOCATION', 'Milówki']] },
  // 8 Polish, hard negative: schedule heading, weekdays, product and department names
  { shape: 'negative', text: 'Harmonogram Prac na Listopad\n\nPoniedziałek: przegląd zgłoszeń w systemie Helpdesk Plus\nŚroda: spotkanie działu Kadr i Płac\nPiątek: raport dla Zarządu\nUwaga: obowiązuje nowy Regulamin Pracy Zdalnej.', expect: [] },
  // 9 Polish, form, address + birthplace + contact person
  { shape: 'form', text: 'Imię i nazwisko: Wojciech Stępień\nAdres zamieszkania: ul. Polna 3, 26-600 Radom\nMiejsce urodzenia: Kozienice\nOsoba do kontaktu: Irena Kubiak (siostra)', expect: [['PERSON', 'Wojciech Stępień'], ['ADDRESS', 'ul. Polna 3, 26-600 Radom'], ['LOCATION', 'Kozienice'], ['PERSON', 'Irena Kubiak']] },
  // 10 Polish, support ticket, hyphenated town in locative, instrumental first name
  { shape: 'ticket', text: 'Zgłoszenie #48213\nZgłaszający: Paweł Chmielewski\nOpis: Kurier nie dojechał pod adres ul. Ogrodowa 22, 05-500 Piaseczno. Twierdzi, że szukał w Konstancinie-Jeziornie. Proszę o kontakt z panią Beatą z oddziału w Grodzisku Mazowieckim.', expect: [['PERSON', 'Paweł Chmielewski'], ['ADDRESS', 'ul. Ogrodowa 22, 05-500 Piaseczno'], ['LOCATION', 'Konstancinie-Jeziornie'], ['PERSON', 'Beatą'], ['LOCATION', 'Grodzisku Mazowieckim']] },
  // 11 Polish, CV, birthplace and employers' towns in locative
  { shape: 'form', text: 'Życiorys\n\nNatalia Urbańska\nur. 14.03.1994 w Tarnowie\n\nDoświadczenie:\n2019–2023 – księgowa, biuro rachunkowe w Dębicy\n2023–obecnie – specjalistka ds. płac, Rzeszów\n\nWykształcenie: studia magisterskie w Krakowie', expect: [['PERSON', 'Natalia Urbańska'], ['LOCATION', 'Tarnowie'], ['LOCATION', 'Dębicy'], ['LOCATION', 'Rzeszów'], ['LOCATION', 'Krakowie']] },
  // 12 Polish, meeting notes, animal-word surnames, dative first name, two-word town in genitive
  { shape: 'meeting', text: 'Notatka ze spotkania 12.11\nObecni: Krzysztof Lis, Agnieszka Domańska, Bartosz Wilk\nUstalenia: Agnieszka przygotuje ofertę dla klienta z Ostrowa Wielkopolskiego, Bartosz jedzie w czwartek do Kalisza, a Krzysztofowi przekazano sprawę magazynu w Pleszewie.', expect: [['PERSON', 'Krzysztof Lis'], ['PERSON', 'Agnieszka Domańska'], ['PERSON', 'Bartosz Wilk'], ['PERSON', 'Agnieszka'], ['LOCATION', 'Ostrowa Wielkopolskiego'], ['PERSON', 'Bartosz'], ['LOCATION', 'Kalisza'], ['PERSON', 'Krzysztofowi'], ['LOCATION', 'Pleszewie']] },
  // 13 Polish, application log, address in quotes, hyphenated town
  { shape: 'log', text: '2026-11-20 08:14:02 INFO login user=op_114 ip=10.0.4.17\n2026-11-20 08:15:40 WARN adres dostawy "ul. Mickiewicza 5, 43-300 Bielsko-Biała" nie przeszedł walidacji (klient: Monika Zielińska)\n2026-11-20 08:16:01 INFO przekierowano do magazynu Czechowice-Dziedzice', expect: [['ADDRESS', 'ul. Mickiewicza 5, 43-300 Bielsko-Biała'], ['PERSON', 'Monika Zielińska'], ['LOCATION', 'Czechowice-Dziedzice']] },
  // 14 Polish, hard negative: product ad, capitalised weekday after "do"
  { shape: 'negative', text: 'Nowość! Odkurzacz Tornado X5 w kolorze Grafit. Promocja trwa do Niedzieli. Gwarancja Premium obejmuje Serwis Door-to-Door.', expect: [] },
  // 15 Polish, SMS, "Mamo" is not a name, genitive diminutive name after "u"
  { shape: 'sms', text: 'Mamo, dojechałam do Ełku, ale pociąg do Giżycka odwołany. Przenocuję u Oli w Olecku.', expect: [['LOCATION', 'Ełku'], ['LOCATION', 'Giżycka'], ['PERSON', 'Oli'], ['LOCATION', 'Olecku']] },
  // 16 Polish, chat between friends, instrumental names, two-word town in locative
  { shape: 'chat', text: 'Piotr: słuchaj, byłeś kiedyś w Kazimierzu Dolnym?\nMichał: raz, z Igą i Szymonem. Ale bardziej polecam Nałęczów, spokojniej.\nPiotr: ok, to jedziemy z Puław w piątek.', expect: [['PERSON', 'Piotr'], ['LOCATION', 'Kazimierzu Dolnym'], ['PERSON', 'Michał'], ['PERSON', 'Igą'], ['PERSON', 'Szymonem'], ['LOCATION', 'Nałęczów'], ['PERSON', 'Piotr'], ['LOCATION', 'Puław']] },
  // 17 Polish, news, mayor title excluded, lagoon as natural place
  { shape: 'news', text: 'Burmistrz Braniewa Leszek Kamiński podpisał porozumienie z gminą Frombork. Inwestycja obejmie ścieżkę rowerową wzdłuż Zalewu Wiślanego aż do Tolkmicka.', expect: [['LOCATION', 'Braniewa'], ['PERSON', 'Leszek Kamiński'], ['LOCATION', 'Frombork'], ['LOCATION', 'Zalewu Wiślanego'], ['LOCATION', 'Tolkmicka']] },
  // 18 Polish, booking e-mail, genitive full name, street in locative
  { shape: 'email', text: 'Dzień dobry,\npotwierdzam rezerwację dla p. Lucyny Borowskiej na 3 noce w pensjonacie przy ul. Zakopiańskiej 41, 34-500 Zakopane. Transfer z Nowego Targu zapewnia pan Józef Gąsienica.\nRecepcja', expect: [['PERSON', 'Lucyny Borowskiej'], ['ADDRESS', 'ul. Zakopiańskiej 41, 34-500 Zakopane'], ['LOCATION', 'Nowego Targu'], ['PERSON', 'Józef Gąsienica']] },
  // 19 Polish, prose, dative full name, "spod" + genitive
  { shape: 'prose', text: 'Przekazałem dokumenty Tadeuszowi Kaczmarkowi, a kopię wysłałem do Renaty z Zamościa. Oboje pochodzą spod Hrubieszowa.', expect: [['PERSON', 'Tadeuszowi Kaczmarkowi'], ['PERSON', 'Renaty'], ['LOCATION', 'Zamościa'], ['LOCATION', 'Hrubieszowa']] },
  // 20 Polish, shipping label, shop name is not a place
  { shape: 'label', text: 'NADAWCA: Sklep Ogrodniczy Zielony Zakątek\nODBIORCA: Stanisław Jabłoński\nul. Kolejowa 9, 62-200 Gniezno\ntel. 600 123 456', expect: [['PERSON', 'Stanisław Jabłoński'], ['ADDRESS', 'ul. Kolejowa 9, 62-200 Gniezno']] },
  // 21 Polish, emergency-call transcript, village in instrumental after "za"
  { shape: 'transcript', text: 'Dyspozytor: Numer alarmowy, co się stało?\nZgłaszający: Wypadek na drodze z Łańcuta do Przeworska, zaraz za Gniewczyną.\nDyspozytor: Jak się pan nazywa?\nZgłaszający: Dariusz Kot.', expect: [['LOCATION', 'Łańcuta'], ['LOCATION', 'Przeworska'], ['LOCATION', 'Gniewczyną'], ['PERSON', 'Dariusz Kot']] },
  // 22 Polish, pipe table, compass-direction headers are not places
  { shape: 'table', text: 'Oddział | Kierownik | Miasto\nPółnoc | Joanna Pawlak | Słupsk\nPołudnie | Mirosław Adamczyk | Gorlice\nZachód | Edyta Kozłowska | Zielona Góra', expect: [['PERSON', 'Joanna Pawlak'], ['LOCATION', 'Słupsk'], ['PERSON', 'Mirosław Adamczyk'], ['LOCATION', 'Gorlice'], ['PERSON', 'Edyta Kozłowska'], ['LOCATION', 'Zielona Góra']] },
  // 23 Polish, hard negative: tax office notice, institutions and capitalised weekdays
  { shape: 'negative', text: 'Urząd Skarbowy przypomina: deklaracje PIT za Rok Podatkowy 2026 należy złożyć w terminie. Infolinia Krajowej Informacji Skarbowej czynna: Poniedziałek–Piątek, 8:00–18:00.', expect: [] },
  // 24 Polish, social-worker notes, bird-word surname, instrumental town after "pod"
  { shape: 'notes', text: 'Wizyta domowa – pani Wanda Sikora, lat 81, mieszka sama pod Przasnyszem. Syn (Henryk) dzwoni z Ciechanowa raz w tygodniu. Następna wizyta: środa.', expect: [['PERSON', 'Wanda Sikora'], ['LOCATION', 'Przasnyszem'], ['PERSON', 'Henryk'], ['LOCATION', 'Ciechanowa']] },
  // 25 Polish, bot chat, "we" + locative, repeated towns
  { shape: 'chat', text: 'Użytkownik: Czy macie punkt odbioru we Włocławku albo w Ciechocinku?\nBot: Tak, mamy punkty we Włocławku oraz w Aleksandrowie Kujawskim. W Ciechocinku punkt jest tymczasowo zamknięty.', expect: [['LOCATION', 'Włocławku'], ['LOCATION', 'Ciechocinku'], ['LOCATION', 'Włocławku'], ['LOCATION', 'Aleksandrowie Kujawskim'], ['LOCATION', 'Ciechocinku']] },
  // 26 Czech, SMS, vocative Petro, "ve" + locative, accusative Lukáše
  { shape: 'sms', text: 'Ahoj Petro, jsem ve Vyškově, za hodinu vyrážím do Prostějova. Pozdravuj Lukáše!', expect: [['PERSON', 'Petro'], ['LOCATION', 'Vyškově'], ['LOCATION', 'Prostějova'], ['PERSON', 'Lukáše']] },
  // 27 Czech, e-mail, "pane" title excluded, two-word town in genitive
  { shape: 'email', text: 'Dobrý den, pane Novotný,\nzasílám fakturu za opravu střechy v Kolíně. Materiál dovezl pan Radek Šimek z Kutné Hory.\nS pozdravem\nIveta Marešová', expect: [['PERSON', 'Novotný'], ['LOCATION', 'Kolíně'], ['PERSON', 'Radek Šimek'], ['LOCATION', 'Kutné Hory'], ['PERSON', 'Iveta Marešová']] },
  // 28 Czech, JSON record with address and birthplace
  { shape: 'json', text: '{"jmeno": "Ondřej Kratochvíl", "adresa": "Nádražní 118, 686 01 Uherské Hradiště", "misto_narozeni": "Zlín", "poznamka": "doručit ve čtvrtek"}', expect: [['PERSON', 'Ondřej Kratochvíl'], ['ADDRESS', 'Nádražní 118, 686 01 Uherské Hradiště'], ['LOCATION', 'Zlín']] },
  // 29 Czech, news, genitive towns, multi-word town in locative, genitive full name
  { shape: 'news', text: 'Hasiči z Jihlavy a Třebíče zasahovali u požáru skladu v Náměšti nad Oslavou. Podle mluvčího Františka Vávry nebyl nikdo zraněn.', expect: [['LOCATION', 'Jihlavy'], ['LOCATION', 'Třebíče'], ['LOCATION', 'Náměšti nad Oslavou'], ['PERSON', 'Františka Vávry']] },
  // 30 Czech, hard negative: events overview, weekdays, department and hall names
  { shape: 'negative', text: 'Přehled Akcí na Prosinec\n\nPondělí – Školení BOZP\nStředa – Porada Vedení\nPátek – Vánoční Večírek (sál Modrá Hvězda)\n\nOrganizuje: Oddělení Lidských Zdrojů', expect: [] },
  // 31 Czech, support chat, "u" + genitive town, vocative surname, dative full name
  { shape: 'chat', text: 'Zákazník: Dobrý den, objednávka měla dorazit do Havlíčkova Brodu, ale kurýr tvrdí, že je u Humpolce.\nPodpora: Dobrý den, pane Doležale, předám to kolegyni Šárce Vlčkové, ozve se vám.', expect: [['LOCATION', 'Havlíčkova Brodu'], ['LOCATION', 'Humpolce'], ['PERSON', 'Doležale'], ['PERSON', 'Šárce Vlčkové']] },
  // 32 Czech, form, town that is also a common noun (Písek), company adjective not a place
  { shape: 'form', text: 'Jméno a příjmení: Markéta Benešová\nTrvalé bydliště: Husova 27, 370 01 České Budějovice\nMísto narození: Písek\nZaměstnavatel: Jihočeská stavební a.s., pobočka Tábor', expect: [['PERSON', 'Markéta Benešová'], ['ADDRESS', 'Husova 27, 370 01 České Budějovice'], ['LOCATION', 'Písek'], ['LOCATION', 'Tábor']] },
  // 33 Czech, prose, instrumental full name, mountains in locative, "ke" + dative town, dative first name
  { shape: 'prose', text: 'Včera jsem byl s Vladimírem Holubem na výletě v Krkonoších. Z Vrchlabí jsme šli pěšky až ke Špindlerovu Mlýnu a večer jsem zavolal Haně, ať pro nás přijede.', expect: [['PERSON', 'Vladimírem Holubem'], ['LOCATION', 'Krkonoších'], ['LOCATION', 'Vrchlabí'], ['LOCATION', 'Špindlerovu Mlýnu'], ['PERSON', 'Haně']] },
  // 34 Czech, CSV with separate first/last name columns
  { shape: 'csv', text: 'jmeno,prijmeni,obec,psc\nTomáš,Kučera,Litomyšl,570 01\nLenka,Pokorná,Polička,572 01\nVojtěch,Hájek,Svitavy,568 02', expect: [['PERSON', 'Tomáš'], ['PERSON', 'Kučera'], ['LOCATION', 'Litomyšl'], ['PERSON', 'Lenka'], ['PERSON', 'Pokorná'], ['LOCATION', 'Polička'], ['PERSON', 'Vojtěch'], ['PERSON', 'Hájek'], ['LOCATION', 'Svitavy']] },
  // 35 Czech, ticket, town in parentheses, "ze" + genitive, address at the end
  { shape: 'ticket', text: 'Tiket 7731 – reklamace\nZákaznice Veronika Šťastná (Olomouc) hlásí poškozenou pračku. Technik Zdeněk Polák vyjede ze Šternberka v pondělí, adresa: Palackého 5, 779 00 Olomouc.', expect: [['PERSON', 'Veronika Šťastná'], ['LOCATION', 'Olomouc'], ['PERSON', 'Zdeněk Polák'], ['LOCATION', 'Šternberka'], ['ADDRESS', 'Palackého 5, 779 00 Olomouc']] },
  // 36 Czech, key=value log lines
  { shape: 'log', text: '[2026-11-21 14:02:11] objednavka=55120 stav=odeslano mesto="Mladá Boleslav"\n[2026-11-21 14:05:37] objednavka=55121 stav=chyba adresa="Komenského 310, 293 01 Mladá Boleslav" zakaznik="Jaroslav Kříž"', expect: [['LOCATION', 'Mladá Boleslav'], ['ADDRESS', 'Komenského 310, 293 01 Mladá Boleslav'], ['PERSON', 'Jaroslav Kříž']] },
  // 37 Czech, meeting minutes, plural-form town in locative, town that means "island"
  { shape: 'meeting', text: 'Zápis z porady\nPřítomni: Michaela Růžičková, Aleš Bartoš\nMichaela zajistí pronájem sálu v Karlových Varech, Aleš projedná dopravu z Chebu a Sokolova. Příští schůzka v Ostrově.', expect: [['PERSON', 'Michaela Růžičková'], ['PERSON', 'Aleš Bartoš'], ['PERSON', 'Michaela'], ['LOCATION', 'Karlových Varech'], ['PERSON', 'Aleš'], ['LOCATION', 'Chebu'], ['LOCATION', 'Sokolova'], ['LOCATION', 'Ostrově']] },
  // 38 Czech, hard negative: product announcement, capitalised month after "od"
  { shape: 'negative', text: 'Nový Model Aurora Plus je k dispozici od Března. Objednávky přijímá Zákaznické Centrum každý Čtvrtek.', expect: [] },
  // 39 Czech, formal letter, dative full name, town that means "borders"
  { shape: 'letter', text: 'Vážená paní Kadlecová,\nděkujeme za Váš dopis z Přerova. Vaši žádost jsme předali panu Milanu Urbanovi, vedoucímu pobočky v Hranicích.\nS úctou\nKlára Fialová\nMěstský úřad', expect: [['PERSON', 'Kadlecová'], ['LOCATION', 'Přerova'], ['PERSON', 'Milanu Urbanovi'], ['LOCATION', 'Hranicích'], ['PERSON', 'Klára Fialová']] },
  // 40 Czech, SMS, genitive towns, nominative two-word town, dative first name
  { shape: 'sms', text: 'Jedu k babičce do Třeboně, pak přes Jindřichův Hradec domů do Pelhřimova. Řekni Filipovi, ať mi zavolá.', expect: [['LOCATION', 'Třeboně'], ['LOCATION', 'Jindřichův Hradec'], ['LOCATION', 'Pelhřimova'], ['PERSON', 'Filipovi']] },
  // 41 Slovak, SMS, locative plural town, accusative name
  { shape: 'sms', text: 'Ahoj Zuzka, som v Trnave, o hodinu som v Piešťanoch. Pozdravuj Mareka.', expect: [['PERSON', 'Zuzka'], ['LOCATION', 'Trnave'], ['LOCATION', 'Piešťanoch'], ['PERSON', 'Mareka']] },
  // 42 Slovak, e-mail, title "pán" excluded, "zo" + genitive town
  { shape: 'email', text: 'Dobrý deň, pán Hudec,\nposielam Vám zmluvu k bytu na adrese Hlavná 45, 080 01 Prešov. Kľúče má pani Eva Kováčiková zo Sabinova.\nS pozdravom\nIgor Mráz', expect: [['PERSON', 'Hudec'], ['ADDRESS', 'Hlavná 45, 080 01 Prešov'], ['PERSON', 'Eva Kováčiková'], ['LOCATION', 'Sabinova'], ['PERSON', 'Igor Mráz']] },
  // 43 Slovak, news, instrumental towns after "medzi", mountain range
  { shape: 'news', text: 'Cestári z Popradu uzavreli cestu medzi Kežmarkom a Spišskou Belou. Obchádzka vedie cez Vysoké Tatry, informoval hovorca Rastislav Bielik.', expect: [['LOCATION', 'Popradu'], ['LOCATION', 'Kežmarkom'], ['LOCATION', 'Spišskou Belou'], ['LOCATION', 'Vysoké Tatry'], ['PERSON', 'Rastislav Bielik']] },
  // 44 Slovak, JSON record, plural town name
  { shape: 'json', text: '{"meno": "Martina Horváthová", "trvaly_pobyt": "Štúrova 12, 949 01 Nitra", "pracovisko": "Zlaté Moravce", "stav": "aktívny"}', expect: [['PERSON', 'Martina Horváthová'], ['ADDRESS', 'Štúrova 12, 949 01 Nitra'], ['LOCATION', 'Zlaté Moravce']] },
  // 45 Slovak, hard negative: office notice, institution, capitalised weekday after "v"
  { shape: 'negative', text: 'Oznam\nKancelária Sociálnej Poisťovne bude v Piatok zatvorená. Novinky nájdete v aplikácii Moja Poisťovňa. Ďakujeme za pochopenie.\nVedenie', expect: [] },
  // 46 Slovak, chat, two-word town in locative, "k" + dative name, genitive towns
  { shape: 'chat', text: 'Soňa: Kde ste teraz?\nDušan: V Banskej Bystrici, zajtra ideme do Zvolena a potom k Ľubošovi do Brezna.\nSoňa: Pozdravujte ho!', expect: [['PERSON', 'Soňa'], ['PERSON', 'Dušan'], ['LOCATION', 'Banskej Bystrici'], ['LOCATION', 'Zvolena'], ['PERSON', 'Ľubošovi'], ['LOCATION', 'Brezna'], ['PERSON', 'Soňa']] },
  // 47 Slovak, application form
  { shape: 'form', text: 'Žiadateľ: Roman Ondrejka\nBydlisko: Mierová 8, 040 01 Košice\nMiesto narodenia: Rožňava\nKontaktná osoba: Alžbeta Lukáčová', expect: [['PERSON', 'Roman Ondrejka'], ['ADDRESS', 'Mierová 8, 040 01 Košice'], ['LOCATION', 'Rožňava'], ['PERSON', 'Alžbeta Lukáčová']] },
  // 48 Slovak, prose, instrumental full name, two-word town in locative and genitive
  { shape: 'prose', text: 'S Branislavom Kollárom sme sa stretli pri Liptovskom Mikuláši a spolu sme išli cez Ružomberok až do Dolného Kubína.', expect: [['PERSON', 'Branislavom Kollárom'], ['LOCATION', 'Liptovskom Mikuláši'], ['LOCATION', 'Ružomberok'], ['LOCATION', 'Dolného Kubína']] },
  // 49 Slovak, ticket, genitive plural town, address, plural town in locative
  { shape: 'ticket', text: 'Požiadavka 2210: Zákazník Andrej Baláž z Levíc žiada preloženie inštalácie internetu. Nová adresa: Sládkovičova 3, 934 01 Levice. Technik Kamil z pobočky v Nových Zámkoch sa ozve v utorok.', expect: [['PERSON', 'Andrej Baláž'], ['LOCATION', 'Levíc'], ['ADDRESS', 'Sládkovičova 3, 934 01 Levice'], ['PERSON', 'Kamil'], ['LOCATION', 'Nových Zámkoch']] },
  // 50 Slovak, hard negative: autumn sale, brand names, capitalised weekday after "do"
  { shape: 'negative', text: 'Jesenná Akcia!\nZľava 20 % na všetky bicykle Horal Sport až do Nedele. Platí aj v e-shope Rýchly Nákup.', expect: [] },
  // 51 Croatian, SMS, "u" + accusative, "prema" + dative, "iz" + genitive
  { shape: 'sms', text: 'Bok Ivana, stigla sam u Zadar, sutra idem prema Šibeniku. Javi se Mateju kad stigne iz Splita.', expect: [['PERSON', 'Ivana'], ['LOCATION', 'Zadar'], ['LOCATION', 'Šibeniku'], ['PERSON', 'Mateju'], ['LOCATION', 'Splita']] },
  // 52 Croatian, e-mail, vocative surname, address, "iz" + genitive town
  { shape: 'email', text: 'Poštovani gospodine Babiću,\nšaljem Vam ponudu za stan na adresi Ilica 142, 10000 Zagreb. Ključeve ima gospođa Marija Perković iz Samobora.\nLijep pozdrav,\nTomislav Jurić', expect: [['PERSON', 'Babiću'], ['ADDRESS', 'Ilica 142, 10000 Zagreb'], ['PERSON', 'Marija Perković'], ['LOCATION', 'Samobora'], ['PERSON', 'Tomislav Jurić']] },
  // 53 Croatian, news, genitive towns after "iz" and "kod"
  { shape: 'news', text: 'Vatrogasci iz Vinkovaca i Vukovara gasili su požar kod Županje. Kako je izjavio zapovjednik Dario Marić, ozlijeđenih nema.', expect: [['LOCATION', 'Vinkovaca'], ['LOCATION', 'Vukovara'], ['LOCATION', 'Županje'], ['PERSON', 'Dario Marić']] },
  // 54 Slovenian, chat, locative and accusative towns, dative name
  { shape: 'chat', text: 'Nina: Kje si?\nGregor: V Kranju, popoldne grem na Bled, zvečer pa k Mojci v Radovljico.\nNina: Pozdravi jo!', expect: [['PERSON', 'Nina'], ['PERSON', 'Gregor'], ['LOCATION', 'Kranju'], ['LOCATION', 'Bled'], ['PERSON', 'Mojci'], ['LOCATION', 'Radovljico'], ['PERSON', 'Nina']] },
  // 55 Slovenian, form, lower-case second word in town name, locative town
  { shape: 'form', text: 'Ime in priimek: Urška Zupančič\nNaslov: Slovenska cesta 56, 1000 Ljubljana\nKraj rojstva: Novo mesto\nDelodajalec: gradbeno podjetje v Celju', expect: [['PERSON', 'Urška Zupančič'], ['ADDRESS', 'Slovenska cesta 56, 1000 Ljubljana'], ['LOCATION', 'Novo mesto'], ['LOCATION', 'Celju']] },
  // 56 Slovenian, hard negative: institution notice, capitalised weekday after "v", app name
  { shape: 'negative', text: 'Obvestilo\nZavod za Zdravstveno Zavarovanje bo v Petek zaprt. Novo aplikacijo Moj Zdravnik najdete v trgovini.\nLep Pozdrav, Uprava', expect: [] },
  // 57 Serbian (Latin), prose, instrumental full name, genitive towns, "kod" + genitive name
  { shape: 'prose', text: 'Sa Nikolom Petrovićem sam putovao iz Novog Sada do Subotice, a usput smo svratili kod Dragane u Somboru.', expect: [['PERSON', 'Nikolom Petrovićem'], ['LOCATION', 'Novog Sada'], ['LOCATION', 'Subotice'], ['PERSON', 'Dragane'], ['LOCATION', 'Somboru']] },
  // 58 Serbian (Latin), CSV with separate name columns
  { shape: 'csv', text: 'ime;prezime;grad\nMilica;Stanković;Kragujevac\nDejan;Ilić;Čačak\nJelena;Radovanović;Kraljevo', expect: [['PERSON', 'Milica'], ['PERSON', 'Stanković'], ['LOCATION', 'Kragujevac'], ['PERSON', 'Dejan'], ['PERSON', 'Ilić'], ['LOCATION', 'Čačak'], ['PERSON', 'Jelena'], ['PERSON', 'Radovanović'], ['LOCATION', 'Kraljevo']] },
  // 59 Croatian, fault ticket, address inline after name, genitive town
  { shape: 'ticket', text: 'Prijava kvara #3391\nKorisnik: Ante Grgić, Ribarska 7, 21220 Trogir\nOpis: nema interneta od utorka. Tehničar Zoran dolazi iz Kaštela u četvrtak.', expect: [['PERSON', 'Ante Grgić'], ['ADDRESS', 'Ribarska 7, 21220 Trogir'], ['PERSON', 'Zoran'], ['LOCATION', 'Kaštela']] },
  // 60 Croatian, hard negative: weekly schedule, capitalised weekdays, institution
  { shape: 'negative', text: 'Raspored\nPonedjeljak – sastanak Uprave\nSrijeda – rok za Izvješće o Radu\nPetak – Dan Otvorenih Vrata u Gradskoj Knjižnici', expect: [] },
];
