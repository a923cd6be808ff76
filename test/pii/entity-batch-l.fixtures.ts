import type { ShapeFixture } from './entity-shapes.fixtures.js';

/** Batch L: written blind on 2026-11-27 by a helper (no detector source or tests were read). */
export const BATCH_L: ShapeFixture[] = [
  // 1 EN billing update, prose
  { shape: 'prose', text: 'Please update the billing address for Theodore Blackwood to 2287 Sycamore Lane, Unit 4B, Dayton, OH 45419 before the next invoice cycle.', expect: [['PERSON', 'Theodore Blackwood'], ['ADDRESS', '2287 Sycamore Lane, Unit 4B, Dayton, OH 45419']] },
  // 2 EN medical referral, notes
  { shape: 'notes', text: 'Patient Priya Raghunathan (DOB 03/14/1986) was referred by Dr. Samuel Okafor for a follow-up MRI at our Leeds clinic.', expect: [['PERSON', 'Priya Raghunathan'], ['PERSON', 'Samuel Okafor'], ['LOCATION', 'Leeds']] },
  // 3 EN HR transfer, prose
  { shape: 'prose', text: 'Employee Lucas Ferreira has requested a transfer from the Denver office to our branch in Manchester, effective 1 March.', expect: [['PERSON', 'Lucas Ferreira'], ['LOCATION', 'Denver'], ['LOCATION', 'Manchester']] },
  // 4 EN finance wire, prose
  { shape: 'prose', text: 'A wire transfer of $12,450.00 was initiated by Hannah Lindqvist from account ending 4471 to a beneficiary in Gothenburg, Sweden.', expect: [['PERSON', 'Hannah Lindqvist'], ['LOCATION', 'Gothenburg'], ['LOCATION', 'Sweden']] },
  // 5 EN lease, Canadian address
  { shape: 'case', text: 'The lease agreement between Kwame Asante and Riverside Holdings LLC covers the premises at 58 Harbour Street, Unit 3, Halifax, NS B3J 1A1.', expect: [['PERSON', 'Kwame Asante'], ['ADDRESS', '58 Harbour Street, Unit 3, Halifax, NS B3J 1A1']] },
  // 6 EN insurance claim, Australia
  { shape: 'prose', text: 'Claim #88213 was filed by Mei Ling Tan after her vehicle was damaged in a hailstorm near Toowoomba on 9 January.', expect: [['PERSON', 'Mei Ling Tan'], ['LOCATION', 'Toowoomba']] },
  // 7 EN shipping label, India
  { shape: 'label', text: 'Ship to: Rahul Deshmukh, Flat 302, Shanti Apartments, 14 Linking Road, Bandra West, Mumbai 400050, Maharashtra', expect: [['PERSON', 'Rahul Deshmukh'], ['ADDRESS', 'Flat 302, Shanti Apartments, 14 Linking Road, Bandra West, Mumbai 400050, Maharashtra']] },
  // 8 EN support ticket, Irish Eircode
  { shape: 'ticket', text: 'Customer Siobhan Gallagher reports that her parcel to 7 Castle Street, Kilkenny R95 X2E4 was marked delivered but never arrived.', expect: [['PERSON', 'Siobhan Gallagher'], ['ADDRESS', '7 Castle Street, Kilkenny R95 X2E4']] },
  // 9 EN HR interview, two people
  { shape: 'prose', text: 'Interview scheduled: candidate Tomasz Wiśniewski will meet with hiring manager Grace Whitfield on Thursday at 10:00.', expect: [['PERSON', 'Tomasz Wiśniewski'], ['PERSON', 'Grace Whitfield']] },
  // 10 EN medical triage, first name alone
  { shape: 'notes', text: 'Mrs. Fatima Al-Sayed, 67, presented with chest pain; her son Omar accompanied her from their home in Dearborn.', expect: [['PERSON', 'Fatima Al-Sayed'], ['PERSON', 'Omar'], ['LOCATION', 'Dearborn']] },
  // 11 EN bank KYC email, Montreal address
  { shape: 'email', text: 'We were unable to verify the identity of account holder Daniel Moreau. Please send a copy of a utility bill showing your address, 1458 Rue Saint-Denis, Montréal, QC H2X 3K8.', expect: [['PERSON', 'Daniel Moreau'], ['ADDRESS', '1458 Rue Saint-Denis, Montréal, QC H2X 3K8']] },
  // 12 EN real estate, Australian address
  { shape: 'prose', text: 'Agent Brooke Hennessy will host an open house on Saturday at 31 Wattle Grove, Ballarat VIC 3350.', expect: [['PERSON', 'Brooke Hennessy'], ['ADDRESS', '31 Wattle Grove, Ballarat VIC 3350']] },
  // 13 EN witness statement, London district
  { shape: 'case', text: 'Witness statement given by Ifeoma Nwachukwu, who stated she was at the corner shop in Peckham when the incident occurred.', expect: [['PERSON', 'Ifeoma Nwachukwu'], ['LOCATION', 'Peckham']] },
  // 14 EN travel booking
  { shape: 'prose', text: 'Booking reference QX7P21 for passenger Hiroshi Tanaka: depart Osaka 08:15, arrive Vancouver 01:30 (+0).', expect: [['PERSON', 'Hiroshi Tanaka'], ['LOCATION', 'Osaka'], ['LOCATION', 'Vancouver']] },
  // 15 EN pharmacy, brand + town
  { shape: 'prose', text: 'Prescription for Eleanor Whitcombe ready for collection at the Boots branch in Harrogate; the prescriber is Dr. Anand Mehta.', expect: [['PERSON', 'Eleanor Whitcombe'], ['LOCATION', 'Harrogate'], ['PERSON', 'Anand Mehta']] },
  // 16 EN correspondence, Welsh address
  { shape: 'prose', text: 'Please forward all correspondence for Mr. Gareth Pryce to 22 Heol y Felin, Llandeilo SA19 6BN, Wales.', expect: [['PERSON', 'Gareth Pryce'], ['ADDRESS', '22 Heol y Felin, Llandeilo SA19 6BN, Wales']] },
  // 17 EN refund, US PO box
  { shape: 'prose', text: 'Refund cheques for Aisha Bello should be mailed to PO Box 4821, Tulsa, OK 74159.', expect: [['PERSON', 'Aisha Bello'], ['ADDRESS', 'PO Box 4821, Tulsa, OK 74159']] },
  // 18 DE invoice address
  { shape: 'prose', text: 'Bitte senden Sie die Rechnung an Herrn Matthias Brenner, Lindenstraße 47, 70563 Stuttgart.', expect: [['PERSON', 'Matthias Brenner'], ['ADDRESS', 'Lindenstraße 47, 70563 Stuttgart']] },
  // 19 DE medical referral
  { shape: 'notes', text: 'Die Patientin Sabine Kowalczyk wurde am 12. Mai von Dr. Jörg Albrecht in eine Klinik in Freiburg überwiesen.', expect: [['PERSON', 'Sabine Kowalczyk'], ['PERSON', 'Jörg Albrecht'], ['LOCATION', 'Freiburg']] },
  // 20 DE move notice, town then address in same town
  { shape: 'prose', text: 'Frau Elif Demir zieht zum 1. Juli von Dortmund nach Leipzig; die neue Anschrift lautet Karl-Liebknecht-Straße 112, 04275 Leipzig.', expect: [['PERSON', 'Elif Demir'], ['LOCATION', 'Dortmund'], ['LOCATION', 'Leipzig'], ['ADDRESS', 'Karl-Liebknecht-Straße 112, 04275 Leipzig']] },
  // 21 DE (Austria) insurance, Vienna address
  { shape: 'prose', text: 'Der Versicherungsnehmer Florian Gruber, wohnhaft in der Mariahilfer Straße 88/2/14, 1070 Wien, meldete einen Wasserschaden.', expect: [['PERSON', 'Florian Gruber'], ['ADDRESS', 'Mariahilfer Straße 88/2/14, 1070 Wien']] },
  // 22 FR parcel address
  { shape: 'prose', text: 'Merci d\'adresser le colis à Mme Camille Lefèvre, 14 rue des Tanneurs, 67000 Strasbourg.', expect: [['PERSON', 'Camille Lefèvre'], ['ADDRESS', '14 rue des Tanneurs, 67000 Strasbourg']] },
  // 23 FR legal file, lawyer title
  { shape: 'case', text: 'Le dossier de M. Youssef Benali a été transmis au cabinet de Maître Hélène Rousseau à Lyon.', expect: [['PERSON', 'Youssef Benali'], ['PERSON', 'Hélène Rousseau'], ['LOCATION', 'Lyon']] },
  // 24 FR (Switzerland) tenancy, Lausanne address
  { shape: 'prose', text: 'Le locataire, Julien Favre, occupe l\'appartement situé Avenue de la Gare 21, 1003 Lausanne, depuis 2019.', expect: [['PERSON', 'Julien Favre'], ['ADDRESS', 'Avenue de la Gare 21, 1003 Lausanne']] },
  // 25 FR (Belgium) appointment
  { shape: 'prose', text: 'Nous confirmons le rendez-vous de Nathalie Dubois avec le docteur Pierre-Antoine Lambert à Namur, jeudi à 14h30.', expect: [['PERSON', 'Nathalie Dubois'], ['PERSON', 'Pierre-Antoine Lambert'], ['LOCATION', 'Namur']] },
  // 26 IT contract address
  { shape: 'prose', text: 'Si prega di inviare il contratto firmato al sig. Giuseppe Marchetti, Via Garibaldi 34, 40124 Bologna BO.', expect: [['PERSON', 'Giuseppe Marchetti'], ['ADDRESS', 'Via Garibaldi 34, 40124 Bologna BO']] },
  // 27 IT medical, residence town
  { shape: 'notes', text: 'La paziente Chiara Esposito, residente a Salerno, è stata visitata dal dott. Lorenzo Bianchi.', expect: [['PERSON', 'Chiara Esposito'], ['LOCATION', 'Salerno'], ['PERSON', 'Lorenzo Bianchi']] },
  // 28 IT bank transfer
  { shape: 'prose', text: 'Il bonifico a favore di Alessandra Conti è stato respinto dalla filiale di Trento per dati incompleti.', expect: [['PERSON', 'Alessandra Conti'], ['LOCATION', 'Trento']] },
  // 29 ES shipping address update
  { shape: 'prose', text: 'Por favor, actualice la dirección de envío de Gonzalo Morales a Calle de Alcalá 215, 3º B, 28028 Madrid.', expect: [['PERSON', 'Gonzalo Morales'], ['ADDRESS', 'Calle de Alcalá 215, 3º B, 28028 Madrid']] },
  // 30 ES (Mexico) invoice, CDMX address
  { shape: 'prose', text: 'La señora Guadalupe Hernández Ríos solicitó la factura a nombre de su empresa con domicilio en Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México, CDMX.', expect: [['PERSON', 'Guadalupe Hernández Ríos'], ['ADDRESS', 'Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México, CDMX']] },
  // 31 ES medical transfer
  { shape: 'notes', text: 'El paciente Andrés Villalobos fue trasladado desde Albacete a un hospital de Valencia por la doctora Lucía Serrano.', expect: [['PERSON', 'Andrés Villalobos'], ['LOCATION', 'Albacete'], ['LOCATION', 'Valencia'], ['PERSON', 'Lucía Serrano']] },
  // 32 ES tax advisor
  { shape: 'prose', text: 'Rocío Navarro, asesora fiscal en Sevilla, presentó la declaración en nombre de su cliente Martín Ibáñez.', expect: [['PERSON', 'Rocío Navarro'], ['LOCATION', 'Sevilla'], ['PERSON', 'Martín Ibáñez']] },
  // 33 NL parcel, Amsterdam address
  { shape: 'prose', text: 'Graag het pakket voor Sanne de Vries bezorgen op Van Woustraat 154-H, 1073 LV Amsterdam.', expect: [['PERSON', 'Sanne de Vries'], ['ADDRESS', 'Van Woustraat 154-H, 1073 LV Amsterdam']] },
  // 34 NL (Belgium) complaint
  { shape: 'ticket', text: 'Meneer Pieter Janssens uit Mechelen heeft een klacht ingediend over de levering van zijn bestelling.', expect: [['PERSON', 'Pieter Janssens'], ['LOCATION', 'Mechelen']] },
  // 35 NL GP appointment
  { shape: 'prose', text: 'De afspraak van Fleur Bakker bij huisarts Dr. Bram Visser in Zwolle is verplaatst naar dinsdag.', expect: [['PERSON', 'Fleur Bakker'], ['PERSON', 'Bram Visser'], ['LOCATION', 'Zwolle']] },
  // 36 EN solicitor letter, UK, letterhead address
  { shape: 'letter', text: 'Harwood & Pike Solicitors\n41 Bridge Street, Chester CH1 1NQ\n\n14 October 2026\n\nDear Mrs. Okonkwo-Reid,\n\nRe: Estate of the late Albert Fennimore\n\nWe write further to our meeting in Chester last week. Your brother, Desmond Fennimore, has confirmed that he will not contest the will. Please return the signed forms to this office at your earliest convenience.\n\nYours sincerely,\nRebecca Thornhill\nAssociate', expect: [['ADDRESS', '41 Bridge Street, Chester CH1 1NQ'], ['PERSON', 'Okonkwo-Reid'], ['PERSON', 'Albert Fennimore'], ['LOCATION', 'Chester'], ['PERSON', 'Desmond Fennimore'], ['PERSON', 'Rebecca Thornhill']] },
  // 37 EN discharge summary, US
  { shape: 'notes', text: 'DISCHARGE SUMMARY\nPatient: Rosalind Achebe   MRN: 00482317\nAttending: Dr. Viktor Halvorsen\nAdmitted: 02/11/2026   Discharged: 02/15/2026\nHistory: 54-year-old female transferred from a rural clinic in Bemidji with community-acquired pneumonia.\nFollow-up: with PCP Dr. Nadia Farouk in 2 weeks. Home address on file: 1190 Lakeview Terrace, Apt 5, Duluth, MN 55812.\nEmergency contact: husband, Chidi Achebe.', expect: [['PERSON', 'Rosalind Achebe'], ['PERSON', 'Viktor Halvorsen'], ['LOCATION', 'Bemidji'], ['PERSON', 'Nadia Farouk'], ['ADDRESS', '1190 Lakeview Terrace, Apt 5, Duluth, MN 55812'], ['PERSON', 'Chidi Achebe']] },
  // 38 EN insurance FNOL, storm name not a person
  { shape: 'form', text: 'FIRST NOTICE OF LOSS\nPolicyholder: Brandon Kowalski\nPolicy No.: HO-5521904\nLoss location: 803 Magnolia Court, Baton Rouge, LA 70808\nDate of loss: 08/29/2026\nDescription: Roof damage from high winds during Tropical Storm Beatrice; a tree from the neighbor\'s yard (owner: Loretta Simmons) fell onto the garage.\nAdjuster assigned: Trevor Nakamura, New Orleans field office.', expect: [['PERSON', 'Brandon Kowalski'], ['ADDRESS', '803 Magnolia Court, Baton Rouge, LA 70808'], ['PERSON', 'Loretta Simmons'], ['PERSON', 'Trevor Nakamura'], ['LOCATION', 'New Orleans']] },
  // 39 EN CV, Canada/India
  { shape: 'form', text: 'CURRICULUM VITAE\nName: Anjali Venkataraman\nAddress: 27 Maple Crescent, Brampton, ON L6Y 4R2, Canada\nPhone: +1 905 555 0143\n\nEXPERIENCE\n2019–present  Senior Data Analyst, Northwind Logistics, Toronto\n2015–2019  Analyst, Meridian Health, Hyderabad\n\nEDUCATION\nM.Sc. Statistics, University of Madras, Chennai\n\nREFERENCES\nAvailable from Prof. Kenneth Obuya on request.', expect: [['PERSON', 'Anjali Venkataraman'], ['ADDRESS', '27 Maple Crescent, Brampton, ON L6Y 4R2, Canada'], ['LOCATION', 'Toronto'], ['LOCATION', 'Hyderabad'], ['LOCATION', 'Chennai'], ['PERSON', 'Kenneth Obuya']] },
  // 40 EN property listing, Brisbane
  { shape: 'prose', text: 'FOR SALE – Charming Federation cottage\n14 Jacaranda Street, Paddington QLD 4064\n3 bed | 1 bath | 2 car\nJust 4 km from the Brisbane CBD, this home backs onto Ithaca Creek and offers views toward Mount Coot-tha.\nInspections Saturday 11:00–11:30. Contact agent Lachlan Pemberton on 0412 555 871 or his colleague Mia Castellano.', expect: [['ADDRESS', '14 Jacaranda Street, Paddington QLD 4064'], ['LOCATION', 'Brisbane'], ['LOCATION', 'Ithaca Creek'], ['LOCATION', 'Mount Coot-tha'], ['PERSON', 'Lachlan Pemberton'], ['PERSON', 'Mia Castellano']] },
  // 41 EN court order, US, names in caps
  { shape: 'case', text: 'IN THE CIRCUIT COURT\nVenue: Cook County, Illinois\nCase No. 2026-L-004417\nDELPHINE MARSH, Plaintiff,\nv.\nGREGORY T. HOLLOWAY, Defendant.\n\nORDER\nThis matter coming before the Court on Plaintiff\'s motion, the Court finds that Defendant was properly served at 3350 W. Belmont Ave., Chicago, IL 60618. The Honorable Patricia Vance presiding.', expect: [['LOCATION', 'Cook County'], ['LOCATION', 'Illinois'], ['PERSON', 'DELPHINE MARSH'], ['PERSON', 'GREGORY T. HOLLOWAY'], ['ADDRESS', '3350 W. Belmont Ave., Chicago, IL 60618'], ['PERSON', 'Patricia Vance']] },
  // 42 EN tenancy agreement, Scotland
  { shape: 'case', text: 'RESIDENTIAL TENANCY AGREEMENT\nThis agreement is made on 1 September 2026 between:\nLandlord: Callum McAllister, of 9 Rosebery Crescent, Edinburgh EH12 5JY\nTenant: Zainab Hussain\nProperty: Flat 2/1, 47 Byres Road, Glasgow G11 5RG\nRent: £950 per calendar month, payable to the Landlord\'s account with Clydesdale Bank.\nSigned in the presence of witness Fraser Dunlop.', expect: [['PERSON', 'Callum McAllister'], ['ADDRESS', '9 Rosebery Crescent, Edinburgh EH12 5JY'], ['PERSON', 'Zainab Hussain'], ['ADDRESS', 'Flat 2/1, 47 Byres Road, Glasgow G11 5RG'], ['PERSON', 'Fraser Dunlop']] },
  // 43 DE business letter, multi-line addresses
  { shape: 'letter', text: 'Müller & Söhne GmbH\nHauptstraße 12\n83022 Rosenheim\n\nHerrn\nKonstantin Vogel\nAm Mühlbach 5\n83059 Kolbermoor\n\nRosenheim, 3. November 2026\n\nSehr geehrter Herr Vogel,\n\nvielen Dank für Ihre Anfrage. Unser Monteur, Herr Stefan Huber, wird die Heizungsanlage am Dienstag überprüfen. Bei Rückfragen wenden Sie sich bitte an Frau Lena Schmid.\n\nMit freundlichen Grüßen\nRainer Müller', expect: [['ADDRESS', 'Hauptstraße 12\n83022 Rosenheim'], ['PERSON', 'Konstantin Vogel'], ['ADDRESS', 'Am Mühlbach 5\n83059 Kolbermoor'], ['LOCATION', 'Rosenheim'], ['PERSON', 'Vogel'], ['PERSON', 'Stefan Huber'], ['PERSON', 'Lena Schmid'], ['PERSON', 'Rainer Müller']] },
  // 44 FR consultation report
  { shape: 'notes', text: 'Compte rendu de consultation\nPatient : M. Étienne Marchand, né le 04/07/1971\nAdresse : 8 allée des Cerisiers, 44300 Nantes\nMédecin traitant : Dr Claire Vasseur\n\nLe patient, originaire de Quimper, consulte pour des douleurs lombaires persistantes depuis son déménagement. Il est adressé au Dr Mathieu Giraud, rhumatologue à Rennes.', expect: [['PERSON', 'Étienne Marchand'], ['ADDRESS', '8 allée des Cerisiers, 44300 Nantes'], ['PERSON', 'Claire Vasseur'], ['LOCATION', 'Quimper'], ['PERSON', 'Mathieu Giraud'], ['LOCATION', 'Rennes']] },
  // 45 IT lease contract
  { shape: 'case', text: 'CONTRATTO DI LOCAZIONE\nTra il sig. Roberto Ferrante, nato a Bari il 12/03/1968, in qualità di locatore,\ne la sig.ra Valentina Greco, residente in Via dei Mille 9, 80121 Napoli (NA), in qualità di conduttrice,\nsi conviene quanto segue: il locatore concede in locazione l\'immobile sito in Corso Vittorio Emanuele II 144, 10121 Torino.', expect: [['PERSON', 'Roberto Ferrante'], ['LOCATION', 'Bari'], ['PERSON', 'Valentina Greco'], ['ADDRESS', 'Via dei Mille 9, 80121 Napoli (NA)'], ['ADDRESS', 'Corso Vittorio Emanuele II 144, 10121 Torino']] },
  // 46 ES accident report
  { shape: 'form', text: 'PARTE DE SINIESTRO\nAsegurado: Francisco Javier Ortega Ruiz\nDomicilio: Avenida del Gran Capitán 18, 2º izq., 14008 Córdoba\nDescripción: El vehículo fue golpeado por otro conducido por Marta Jiménez en la rotonda de acceso a Lucena.\nTestigo: Alejandro Campos.\nPerito asignado: Inés Delgado.', expect: [['PERSON', 'Francisco Javier Ortega Ruiz'], ['ADDRESS', 'Avenida del Gran Capitán 18, 2º izq., 14008 Córdoba'], ['PERSON', 'Marta Jiménez'], ['LOCATION', 'Lucena'], ['PERSON', 'Alejandro Campos'], ['PERSON', 'Inés Delgado']] },
  // 47 NL care-home letter
  { shape: 'letter', text: 'Geachte heer Van den Berg,\n\nHierbij bevestigen wij de verhuizing van uw moeder, mevrouw Gerda van den Berg-Smit, naar woonzorgcentrum De Linde, Kerkstraat 22, 3701 AB Zeist, per 1 december.\nUw vaste contactpersoon is Willemijn Hoekstra.\n\nMet vriendelijke groet,\nJoost Verhoeven\nZorggroep De Horst', expect: [['PERSON', 'Van den Berg'], ['PERSON', 'Gerda van den Berg-Smit'], ['ADDRESS', 'Kerkstraat 22, 3701 AB Zeist'], ['PERSON', 'Willemijn Hoekstra'], ['PERSON', 'Joost Verhoeven']] },
  // 48 EN local news, flooding
  { shape: 'news', text: 'LOCAL NEWS — Flooding closes roads near Shrewsbury\nResidents along the River Severn were urged to move vehicles to higher ground on Tuesday. Parish councillor Imogen Ashdown said the water had reached the doors of several cottages in Atcham. "We have not seen it this bad since 2020," said retired farmer Dennis Hargreaves, 78.\nThe Environment Agency expects levels to peak overnight.', expect: [['LOCATION', 'Shrewsbury'], ['LOCATION', 'River Severn'], ['PERSON', 'Imogen Ashdown'], ['LOCATION', 'Atcham'], ['PERSON', 'Dennis Hargreaves']] },
  // 49 DE CV
  { shape: 'form', text: 'Lebenslauf\nPersönliche Daten\nName: Katharina Zimmermann\nAnschrift: Schillerstraße 9a, 99423 Weimar\nGeburtsort: Erfurt\n\nBerufserfahrung\n2020–heute  Projektleiterin, Thüringer Energie AG, Jena\n2016–2020  Ingenieurin, Siemens, München\n\nReferenz: Prof. Dr. Wolfgang Hartmann', expect: [['PERSON', 'Katharina Zimmermann'], ['ADDRESS', 'Schillerstraße 9a, 99423 Weimar'], ['LOCATION', 'Erfurt'], ['LOCATION', 'Jena'], ['LOCATION', 'München'], ['PERSON', 'Wolfgang Hartmann']] },
  // 50 EN referral letter, India
  { shape: 'letter', text: 'REFERRAL LETTER\nTo: Dr. Kavita Iyer, Consultant Cardiologist\nFrom: Dr. Arjun Malhotra, General Physician\n\nRe: Mr. Suresh Pillai, 61 years, residing at 12/3 MG Road, Ernakulam, Kochi, Kerala 682016.\nMr. Pillai reports exertional chest discomfort since his return from Dubai. His daughter, Meera, will accompany him to the appointment.', expect: [['PERSON', 'Kavita Iyer'], ['PERSON', 'Arjun Malhotra'], ['PERSON', 'Suresh Pillai'], ['ADDRESS', '12/3 MG Road, Ernakulam, Kochi, Kerala 682016'], ['PERSON', 'Pillai'], ['LOCATION', 'Dubai'], ['PERSON', 'Meera']] },
  // 51 EN supplier form, Brazilian address
  { shape: 'form', text: 'SUPPLIER ONBOARDING FORM\nCompany contact: Thiago Albuquerque\nRegistered address: Rua Oscar Freire 1120, Conj. 42, Jardim Paulista, São Paulo - SP, 01426-001, Brazil\nFinance contact: Larissa Monteiro (based in Campinas)\nBank: Banco do Brasil\nPayment terms: 30 days', expect: [['PERSON', 'Thiago Albuquerque'], ['ADDRESS', 'Rua Oscar Freire 1120, Conj. 42, Jardim Paulista, São Paulo - SP, 01426-001, Brazil'], ['PERSON', 'Larissa Monteiro'], ['LOCATION', 'Campinas']] },
  // 52 FR property listing, Provence
  { shape: 'prose', text: 'À VENDRE – Maison de village\n3 place de l\'Église, 84220 Gordes\nAu cœur du Luberon, cette maison en pierre offre une vue dégagée sur le Mont Ventoux. À 40 minutes d\'Avignon.\nContact : Sophie Arnaud, agence Provence Immobilier, ou son associé Baptiste Rolland.', expect: [['ADDRESS', '3 place de l\'Église, 84220 Gordes'], ['LOCATION', 'Luberon'], ['LOCATION', 'Mont Ventoux'], ['LOCATION', 'Avignon'], ['PERSON', 'Sophie Arnaud'], ['PERSON', 'Baptiste Rolland']] },
  // 53 EN Irish affidavit, Dublin address
  { shape: 'case', text: 'THE HIGH COURT\nRecord No. 2026/1187 P\nBETWEEN\nSEAMUS O\'DRISCOLL\nPlaintiff\nAND\nNIAMH BRENNAN\nDefendant\nAFFIDAVIT OF SERVICE\nI, Colm Ferriter, summons server, of 16 Grattan Crescent, Inchicore, Dublin 8, D08 K2X6, make oath and say that I served the Defendant personally at her residence in Mullingar, County Westmeath.', expect: [['PERSON', 'SEAMUS O\'DRISCOLL'], ['PERSON', 'NIAMH BRENNAN'], ['PERSON', 'Colm Ferriter'], ['ADDRESS', '16 Grattan Crescent, Inchicore, Dublin 8, D08 K2X6'], ['LOCATION', 'Mullingar'], ['LOCATION', 'County Westmeath']] },
  // 54 EN performance review, nickname
  { shape: 'notes', text: 'PERFORMANCE REVIEW – CONFIDENTIAL\nEmployee: Oluwaseun Adeyemi\nManager: Katarzyna Nowak\nPeriod: FY2026\n\nSeun relocated from the Lagos office to London in March and took over the EMEA onboarding project from Björn Eriksson. Feedback from the Frankfurt team (led by Heike Lorenz) has been very positive.', expect: [['PERSON', 'Oluwaseun Adeyemi'], ['PERSON', 'Katarzyna Nowak'], ['PERSON', 'Seun'], ['LOCATION', 'Lagos'], ['LOCATION', 'London'], ['PERSON', 'Björn Eriksson'], ['LOCATION', 'Frankfurt'], ['PERSON', 'Heike Lorenz']] },
  // 55 DE (Switzerland) municipal letter
  { shape: 'letter', text: 'Gemeindeverwaltung\n\nFrau\nCorinne Baumgartner\nSeefeldstrasse 31\n8008 Zürich\n\nBetreff: Einbürgerungsgesuch\n\nSehr geehrte Frau Baumgartner\n\nIhr Gesuch wurde an das zuständige Amt in Winterthur weitergeleitet. Ansprechpartner ist Herr Urs Brunner.\n\nFreundliche Grüsse\nMonika Keller', expect: [['PERSON', 'Corinne Baumgartner'], ['ADDRESS', 'Seefeldstrasse 31\n8008 Zürich'], ['PERSON', 'Baumgartner'], ['LOCATION', 'Winterthur'], ['PERSON', 'Urs Brunner'], ['PERSON', 'Monika Keller']] },
  // 56 IT discharge letter
  { shape: 'notes', text: 'LETTERA DI DIMISSIONE\nPaziente: Francesca Moretti, nata a Perugia il 21/09/1959\nReparto: Medicina Interna\nMedico: dott.ssa Silvia Ricci\nDiagnosi: polmonite comunitaria.\nLa paziente rientra al domicilio in Via Flaminia 77, 06034 Foligno (PG), assistita dal figlio Davide.', expect: [['PERSON', 'Francesca Moretti'], ['LOCATION', 'Perugia'], ['PERSON', 'Silvia Ricci'], ['ADDRESS', 'Via Flaminia 77, 06034 Foligno (PG)'], ['PERSON', 'Davide']] },
  // 57 ES (Mexico) services contract
  { shape: 'case', text: 'CONTRATO DE PRESTACIÓN DE SERVICIOS\nQue celebran por una parte el Lic. Ernesto Salgado Treviño, con domicilio en Calle Morelos 415, Col. Centro, 64000 Monterrey, N.L., y por la otra la C. Ximena Castañeda López, originaria de Saltillo, Coahuila.\nTestigos: Rodrigo Peña y Daniela Fuentes.', expect: [['PERSON', 'Ernesto Salgado Treviño'], ['ADDRESS', 'Calle Morelos 415, Col. Centro, 64000 Monterrey, N.L.'], ['PERSON', 'Ximena Castañeda López'], ['LOCATION', 'Saltillo'], ['LOCATION', 'Coahuila'], ['PERSON', 'Rodrigo Peña'], ['PERSON', 'Daniela Fuentes']] },
  // 58 NL (Belgium) damage claim
  { shape: 'form', text: 'SCHADEAANGIFTE\nVerzekerde: Koen Vermeulen\nAdres: Meir 112, bus 3, 2000 Antwerpen\nOmschrijving: Tijdens een storm op 14 februari viel een boom van de buren (familie Peeters) op de veranda.\nDe schade werd vastgesteld door expert Lotte Claes uit Lier.', expect: [['PERSON', 'Koen Vermeulen'], ['ADDRESS', 'Meir 112, bus 3, 2000 Antwerpen'], ['PERSON', 'Peeters'], ['PERSON', 'Lotte Claes'], ['LOCATION', 'Lier']] },
  // 59 EN home-visit notes, Canada
  { shape: 'notes', text: 'Home visit notes – 19 Nov\nClient: Agnieszka Zielińska, 82, lives alone at 45 Elgin Street North, Unit 210, Cambridge, ON N1R 5H7.\nDaughter Renata visits weekly from Hamilton. Neighbour Mr. Douglas Fairweather checks in daily.\nPlan: OT referral to Aaliyah Grant; review in 4 weeks.', expect: [['PERSON', 'Agnieszka Zielińska'], ['ADDRESS', '45 Elgin Street North, Unit 210, Cambridge, ON N1R 5H7'], ['PERSON', 'Renata'], ['LOCATION', 'Hamilton'], ['PERSON', 'Douglas Fairweather'], ['PERSON', 'Aaliyah Grant']] },
  // 60 EN news, Kenya
  { shape: 'news', text: 'NAIROBI — A community library funded by local residents opened on Saturday in Kisumu, on the shores of Lake Victoria. Head librarian Achieng Otieno said more than 3,000 books had been donated, many from schools in Eldoret. County official Peter Mwangi attended the ceremony alongside volunteer coordinator Wanjiru Kamau.', expect: [['LOCATION', 'NAIROBI'], ['LOCATION', 'Kisumu'], ['LOCATION', 'Lake Victoria'], ['PERSON', 'Achieng Otieno'], ['LOCATION', 'Eldoret'], ['PERSON', 'Peter Mwangi'], ['PERSON', 'Wanjiru Kamau']] },
  // 61 JSON, EN customer record
  { shape: 'json', text: '{"customer_id": 58213, "full_name": "Evelyn Hartley", "shipping_address": "920 Pine Ridge Road, Asheville, NC 28804", "tier": "Gold"}', expect: [['PERSON', 'Evelyn Hartley'], ['ADDRESS', '920 Pine Ridge Road, Asheville, NC 28804']] },
  // 62 JSON, DE nested, first/last split
  { shape: 'json', text: '{"kunde": {"vorname": "Jonas", "nachname": "Weber", "adresse": "Goethestraße 18, 34119 Kassel", "telefon": "+49 561 1234567"}, "bestellung": "A-20931"}', expect: [['PERSON', 'Jonas'], ['PERSON', 'Weber'], ['ADDRESS', 'Goethestraße 18, 34119 Kassel']] },
  // 63 CSV with header, EN, city+country columns
  { shape: 'csv', text: 'id,first_name,last_name,city,country\n101,Olivia,Kearney,Cork,Ireland\n102,Mateo,Quispe,Cusco,Peru\n103,Yuki,Sato,Sapporo,Japan', expect: [['PERSON', 'Olivia'], ['PERSON', 'Kearney'], ['LOCATION', 'Cork'], ['LOCATION', 'Ireland'], ['PERSON', 'Mateo'], ['PERSON', 'Quispe'], ['LOCATION', 'Cusco'], ['LOCATION', 'Peru'], ['PERSON', 'Yuki'], ['PERSON', 'Sato'], ['LOCATION', 'Sapporo'], ['LOCATION', 'Japan']] },
  // 64 log key=value, geo fields
  { shape: 'log', text: '2026-11-20T09:14:02Z INFO auth.login user_id=88421 display_name="Marco Rossetti" ip=10.4.2.19 geo_city=Verona geo_country=Italy result=success', expect: [['PERSON', 'Marco Rossetti'], ['LOCATION', 'Verona'], ['LOCATION', 'Italy']] },
  // 65 YAML, Norway
  { shape: 'json', text: 'employee:\n  name: Sigrid Aasen\n  title: Site Manager\n  office: Bergen\n  home_address: "Kong Oscars gate 15, 5017 Bergen, Norway"\n  emergency_contact: Eirik Aasen', expect: [['PERSON', 'Sigrid Aasen'], ['LOCATION', 'Bergen'], ['ADDRESS', 'Kong Oscars gate 15, 5017 Bergen, Norway'], ['PERSON', 'Eirik Aasen']] },
  // 66 XML patient, FR address
  { shape: 'json', text: '<patient><name>Ahmed Khalil</name><dob>1979-05-02</dob><address>17 Rue de la République, 13002 Marseille</address><gp>Dr. Sandrine Morel</gp></patient>', expect: [['PERSON', 'Ahmed Khalil'], ['ADDRESS', '17 Rue de la République, 13002 Marseille'], ['PERSON', 'Sandrine Morel']] },
  // 67 SQL INSERT, AU + UK addresses
  { shape: 'log', text: 'INSERT INTO customers (id, name, email, address) VALUES (4471, \'Chloe Nguyen\', \'cust4471@example.com\', \'88 Collins Street, Level 9, Melbourne VIC 3000\'), (4472, \'Raj Patel\', \'cust4472@example.org\', \'5 Kingsway, Hove BN3 2RP\');', expect: [['PERSON', 'Chloe Nguyen'], ['ADDRESS', '88 Collins Street, Level 9, Melbourne VIC 3000'], ['PERSON', 'Raj Patel'], ['ADDRESS', '5 Kingsway, Hove BN3 2RP']] },
  // 68 markdown table, staff locations
  { shape: 'table', text: '| Name | Role | Location |\n|---|---|---|\n| Amara Diallo | Field Engineer | Dakar |\n| Lars Petersen | QA Lead | Aarhus |\n| Sofia Papadopoulos | PM | Thessaloniki |', expect: [['PERSON', 'Amara Diallo'], ['LOCATION', 'Dakar'], ['PERSON', 'Lars Petersen'], ['LOCATION', 'Aarhus'], ['PERSON', 'Sofia Papadopoulos'], ['LOCATION', 'Thessaloniki']] },
  // 69 JSON, ES order
  { shape: 'json', text: '{"cliente": "María José Carrasco", "direccion_envio": "Calle Mayor 27, 1º A, 50001 Zaragoza", "ciudad_facturacion": "Huesca", "notas": "Entregar por la tarde"}', expect: [['PERSON', 'María José Carrasco'], ['ADDRESS', 'Calle Mayor 27, 1º A, 50001 Zaragoza'], ['LOCATION', 'Huesca']] },
  // 70 TSV with header, NL
  { shape: 'csv', text: 'klantnr\tnaam\tadres\tvestiging\n3301\tDaan Mulder\tBiltstraat 88, 3572 BE Utrecht\tAmersfoort\n3302\tEmma Kuipers\tGrote Markt 4, 2011 RD Haarlem\tLeiden', expect: [['PERSON', 'Daan Mulder'], ['ADDRESS', 'Biltstraat 88, 3572 BE Utrecht'], ['LOCATION', 'Amersfoort'], ['PERSON', 'Emma Kuipers'], ['ADDRESS', 'Grote Markt 4, 2011 RD Haarlem'], ['LOCATION', 'Leiden']] },
  // 71 logfmt, South African address
  { shape: 'log', text: 'level=warn ts=2026-11-21T22:03:11Z svc=delivery msg="address validation failed" recipient="Bongani Dlamini" addr="14 Loop Street, Cape Town, 8001" courier=FastTrack', expect: [['PERSON', 'Bongani Dlamini'], ['ADDRESS', '14 Loop Street, Cape Town, 8001']] },
  // 72 JSON, FR employee
  { shape: 'json', text: '{"nom": "Girard", "prenom": "Amélie", "ville_naissance": "Besançon", "adresse": "27 boulevard Haussmann, 75009 Paris", "employeur": "Société Générale"}', expect: [['PERSON', 'Girard'], ['PERSON', 'Amélie'], ['LOCATION', 'Besançon'], ['ADDRESS', '27 boulevard Haussmann, 75009 Paris']] },
  // 73 CSV semicolon, IT
  { shape: 'csv', text: 'codice_fiscale;nome;cognome;indirizzo\nCLMFDR80A41F205U;Federica;Colombo;Via Roma 12, 20121 Milano MI\nSNTLCU75C12L483X;Luca;Santoro;Piazza della Libertà 3, 33100 Udine UD', expect: [['PERSON', 'Federica'], ['PERSON', 'Colombo'], ['ADDRESS', 'Via Roma 12, 20121 Milano MI'], ['PERSON', 'Luca'], ['PERSON', 'Santoro'], ['ADDRESS', 'Piazza della Libertà 3, 33100 Udine UD']] },
  // 74 XML order, split street/city
  { shape: 'json', text: '<order id="A-77310"><billTo><name>Patrick Delaney</name><street>412 Elm Avenue</street><city>Burlington</city><postalCode>05401</postalCode></billTo><note>Leave at side door</note></order>', expect: [['PERSON', 'Patrick Delaney'], ['ADDRESS', '412 Elm Avenue'], ['LOCATION', 'Burlington']] },
  // 75 log line, DE
  { shape: 'log', text: '[2026-11-22 07:45:13] WARN Zustellung fehlgeschlagen: Empfänger=Dieter Krause, Adresse=Friedrichstraße 204, 10117 Berlin, Grund=Empfänger unbekannt', expect: [['PERSON', 'Dieter Krause'], ['ADDRESS', 'Friedrichstraße 204, 10117 Berlin']] },
  // 76 JSON array, chat participants
  { shape: 'json', text: '[{"speaker": "agent", "name": "Tanvir Rahman"}, {"speaker": "customer", "name": "Geneviève Beaumont", "location": "Quebec City"}]', expect: [['PERSON', 'Tanvir Rahman'], ['PERSON', 'Geneviève Beaumont'], ['LOCATION', 'Quebec City']] },
  // 77 YAML, ES patient
  { shape: 'json', text: 'paciente:\n  nombre: Carmen Vidal Soler\n  nacimiento: 1983-07-19\n  lugar_nacimiento: Girona\n  domicilio: "Carrer de Mallorca 401, 4t 2a, 08013 Barcelona"\n  medico_cabecera: Jordi Puig', expect: [['PERSON', 'Carmen Vidal Soler'], ['LOCATION', 'Girona'], ['ADDRESS', 'Carrer de Mallorca 401, 4t 2a, 08013 Barcelona'], ['PERSON', 'Jordi Puig']] },
  // 78 SQL UPDATE, FR
  { shape: 'log', text: 'UPDATE clients SET adresse = \'5 rue Nationale, 59800 Lille\', ville_agence = \'Roubaix\' WHERE nom = \'Dupuis\' AND prenom = \'Mathilde\';', expect: [['ADDRESS', '5 rue Nationale, 59800 Lille'], ['LOCATION', 'Roubaix'], ['PERSON', 'Dupuis'], ['PERSON', 'Mathilde']] },
  // 79 markdown table, DE/AT staff
  { shape: 'table', text: '| Mitarbeiter | Abteilung | Standort |\n|---|---|---|\n| Tobias Neumann | Vertrieb | Hannover |\n| Aylin Yıldız | Personal | Bremen |\n| Milan Novák | IT | Graz |', expect: [['PERSON', 'Tobias Neumann'], ['LOCATION', 'Hannover'], ['PERSON', 'Aylin Yıldız'], ['LOCATION', 'Bremen'], ['PERSON', 'Milan Novák'], ['LOCATION', 'Graz']] },
  // 80 CSV quoted addresses, NZ + Canada
  { shape: 'csv', text: 'order_id,recipient,delivery_address,notes\n9001,Ruth Mensah,"Unit 6, 22 Marine Parade, Napier 4110, New Zealand",ring bell\n9002,Ethan Brooks,"1607 Queen Street West, Toronto, ON M6R 1A9",none', expect: [['PERSON', 'Ruth Mensah'], ['ADDRESS', 'Unit 6, 22 Marine Parade, Napier 4110, New Zealand'], ['PERSON', 'Ethan Brooks'], ['ADDRESS', '1607 Queen Street West, Toronto, ON M6R 1A9']] },
  // 81 JSON, NL application
  { shape: 'json', text: '{"aanvrager": "Thijs van Leeuwen", "geboorteplaats": "Groningen", "adres": "Oude Ebbingestraat 31, 9712 HB Groningen", "status": "in behandeling"}', expect: [['PERSON', 'Thijs van Leeuwen'], ['LOCATION', 'Groningen'], ['ADDRESS', 'Oude Ebbingestraat 31, 9712 HB Groningen']] },
  // 82 syslog, CRM city change
  { shape: 'log', text: 'Nov 23 14:22:09 crm-worker[3312]: updated contact id=7720 name="Lindiwe Mthembu" old_city="Durban" new_city="Pietermaritzburg"', expect: [['PERSON', 'Lindiwe Mthembu'], ['LOCATION', 'Durban'], ['LOCATION', 'Pietermaritzburg']] },
  // 83 XML, IT company with surname in name
  { shape: 'json', text: '<cliente><ragione_sociale>Ferramenta Rinaldi S.r.l.</ragione_sociale><referente>Paolo Rinaldi</referente><sede>Via Nazionale 58, 00184 Roma</sede><filiale>Latina</filiale></cliente>', expect: [['PERSON', 'Paolo Rinaldi'], ['ADDRESS', 'Via Nazionale 58, 00184 Roma'], ['LOCATION', 'Latina']] },
  // 84 JSON form submission, free text inside
  { shape: 'json', text: '{"form": "contact_us", "fields": {"name": "Hamza Qureshi", "message": "Hi, I moved from Leicester to Bradford last month. Please send my new card to 33 Manningham Lane, Bradford BD1 3EA.", "consent": true}}', expect: [['PERSON', 'Hamza Qureshi'], ['LOCATION', 'Leicester'], ['LOCATION', 'Bradford'], ['ADDRESS', '33 Manningham Lane, Bradford BD1 3EA']] },
  // 85 log, KYC India
  { shape: 'log', text: 'INFO 2026-11-24 kyc.verify applicant="Sneha Kulkarni" address="B-14, Sector 62, Noida, Uttar Pradesh 201301" branch=Pune status=PENDING', expect: [['PERSON', 'Sneha Kulkarni'], ['ADDRESS', 'B-14, Sector 62, Noida, Uttar Pradesh 201301'], ['LOCATION', 'Pune']] },
  // 86 EN chat, first names, UK address
  { shape: 'chat', text: '[10:02] Jess: are you still coming to Brighton on Saturday?\n[10:03] Tom: yes! Aunt Philippa said we can stay at hers\n[10:05] Jess: great, address is 12 Lewes Crescent, Brighton BN2 1FH right?', expect: [['PERSON', 'Jess'], ['LOCATION', 'Brighton'], ['PERSON', 'Tom'], ['PERSON', 'Philippa'], ['PERSON', 'Jess'], ['ADDRESS', '12 Lewes Crescent, Brighton BN2 1FH']] },
  // 87 EN sms, all lower-case
  { shape: 'sms', text: 'hey its ravi, just landed in chicago. can u tell priyanka im running late for dinner', expect: [['PERSON', 'ravi'], ['LOCATION', 'chicago'], ['PERSON', 'priyanka']] },
  // 88 EN support call transcript, US address
  { shape: 'transcript', text: 'Agent (Melissa): Thank you for calling, who am I speaking with?\nCaller: Hi, it\'s Winston Achterberg.\nAgent (Melissa): Thanks Mr. Achterberg. Can you confirm the address on the account?\nCaller: Sure, 2604 Ridgecrest Drive, Boise, ID 83706.\nAgent (Melissa): Perfect, I see the order shipped from our Reno warehouse yesterday.', expect: [['PERSON', 'Melissa'], ['PERSON', 'Winston Achterberg'], ['PERSON', 'Melissa'], ['PERSON', 'Achterberg'], ['ADDRESS', '2604 Ridgecrest Drive, Boise, ID 83706'], ['PERSON', 'Melissa'], ['LOCATION', 'Reno']] },
  // 89 EN meeting notes
  { shape: 'meeting', text: 'Weekly sync – 24 Nov\nAttendees: Hamid Karimi, Beatriz Santos, Noah Feldman\n- Hamid to finalise the Rotterdam warehouse lease\n- Beatriz presenting at the Lisbon summit on Friday\n- Noah out next week (visiting family in Haifa)', expect: [['PERSON', 'Hamid Karimi'], ['PERSON', 'Beatriz Santos'], ['PERSON', 'Noah Feldman'], ['PERSON', 'Hamid'], ['LOCATION', 'Rotterdam'], ['PERSON', 'Beatriz'], ['LOCATION', 'Lisbon'], ['PERSON', 'Noah'], ['LOCATION', 'Haifa']] },
  // 90 DE chat, lower-case
  { shape: 'chat', text: 'anna: bist du schon in köln?\nfelix: nee, stau bei aachen 🙄\nanna: ok, sag bescheid wenn du da bist. mama fragt ob onkel günther auch kommt', expect: [['PERSON', 'anna'], ['LOCATION', 'köln'], ['PERSON', 'felix'], ['LOCATION', 'aachen'], ['PERSON', 'anna'], ['PERSON', 'günther']] },
  // 91 FR sms
  { shape: 'sms', text: 'Salut Inès, c\'est Hugo. Je suis bloqué à Clermont-Ferrand à cause de la neige, je rentre demain. Tu peux prévenir Manon ?', expect: [['PERSON', 'Inès'], ['PERSON', 'Hugo'], ['LOCATION', 'Clermont-Ferrand'], ['PERSON', 'Manon']] },
  // 92 ES sms, address
  { shape: 'sms', text: 'Hola Carlos, soy Valeria. El paquete llegó a mi casa en Calle San Pablo 12, 37008 Salamanca, pero no había nadie. ¿Puedes pasar a recogerlo mañana?', expect: [['PERSON', 'Carlos'], ['PERSON', 'Valeria'], ['ADDRESS', 'Calle San Pablo 12, 37008 Salamanca']] },
  // 93 IT support chat
  { shape: 'chat', text: 'Operatore: Buongiorno, sono Giulia del servizio clienti. Con chi parlo?\nCliente: Salve, sono Fabrizio Lombardi, scrivo da Pescara.\nOperatore: Grazie Fabrizio, mi conferma l\'indirizzo di consegna?\nCliente: Viale della Riviera 210, 65123 Pescara.', expect: [['PERSON', 'Giulia'], ['PERSON', 'Fabrizio Lombardi'], ['LOCATION', 'Pescara'], ['PERSON', 'Fabrizio'], ['ADDRESS', 'Viale della Riviera 210, 65123 Pescara']] },
  // 94 NL meeting minutes
  { shape: 'meeting', text: 'Notulen teamoverleg 25-11\nAanwezig: Ruben Dijkstra, Anouk Peters, Sem de Groot\nRuben meldt dat de klant in Eindhoven akkoord is. Anouk gaat volgende week naar Gent voor de beurs. Sem neemt de notulen over.', expect: [['PERSON', 'Ruben Dijkstra'], ['PERSON', 'Anouk Peters'], ['PERSON', 'Sem de Groot'], ['PERSON', 'Ruben'], ['LOCATION', 'Eindhoven'], ['PERSON', 'Anouk'], ['LOCATION', 'Gent'], ['PERSON', 'Sem']] },
  // 95 EN group chat, lower-case
  { shape: 'chat', text: 'mike: who is driving to lake tahoe friday?\nsarah: me and deepak, leaving from sacramento at 6\nmike: ok ill bring the cooler', expect: [['PERSON', 'mike'], ['LOCATION', 'lake tahoe'], ['PERSON', 'sarah'], ['PERSON', 'deepak'], ['LOCATION', 'sacramento'], ['PERSON', 'mike']] },
  // 96 EN billing call transcript, Australia
  { shape: 'transcript', text: 'AGENT: You\'re through to billing, my name is Connor. May I have your full name?\nCUSTOMER: Yeah, it\'s Tahlia Morrissey.\nAGENT: And the service address?\nCUSTOMER: 8 Banksia Close, Mount Barker SA 5251.\nAGENT: Thanks Tahlia, I can see the outage affecting the Adelaide Hills area.', expect: [['PERSON', 'Connor'], ['PERSON', 'Tahlia Morrissey'], ['ADDRESS', '8 Banksia Close, Mount Barker SA 5251'], ['PERSON', 'Tahlia'], ['LOCATION', 'Adelaide Hills']] },
  // 97 EN sms reminder, India
  { shape: 'sms', text: 'Hi Mrs Chatterjee, this is Anil from Green Valley Dental. Reminder: your appointment is tomorrow 4pm at our clinic in Kolkata. Reply Y to confirm.', expect: [['PERSON', 'Chatterjee'], ['PERSON', 'Anil'], ['LOCATION', 'Kolkata']] },
  // 98 ES (Mexico) chat, lower-case
  { shape: 'chat', text: 'lupita: ya llegaste a guadalajara?\nbeto: sí, estoy con mi primo emiliano, vamos a tlaquepaque en la tarde', expect: [['PERSON', 'lupita'], ['LOCATION', 'guadalajara'], ['PERSON', 'beto'], ['PERSON', 'emiliano'], ['LOCATION', 'tlaquepaque']] },
  // 99 DE meeting minutes
  { shape: 'meeting', text: 'Protokoll Projektmeeting 26.11.\nTeilnehmer: Sven Richter, Ayşe Kaya, Dr. Hannes Lindner\n1. Sven stellt den neuen Standort in Magdeburg vor.\n2. Frau Kaya übernimmt die Abstimmung mit dem Lieferanten in Linz.\n3. Nächster Termin: Dienstag.', expect: [['PERSON', 'Sven Richter'], ['PERSON', 'Ayşe Kaya'], ['PERSON', 'Hannes Lindner'], ['PERSON', 'Sven'], ['LOCATION', 'Magdeburg'], ['PERSON', 'Kaya'], ['LOCATION', 'Linz']] },
  // 100 FR (Belgium) delivery sms
  { shape: 'sms', text: 'Bonjour Mme Lemaire, votre colis sera livré demain entre 9h et 12h au 27 avenue Louise, 1050 Ixelles. Votre livreur : Karim.', expect: [['PERSON', 'Lemaire'], ['ADDRESS', '27 avenue Louise, 1050 Ixelles'], ['PERSON', 'Karim']] },
  // 101 NEG EN release notes, product features
  { shape: 'negative', text: 'Release notes v4.2: Added Dark Mode toggle, improved Sync Engine performance, and fixed a crash in the Export Wizard when Auto Save was enabled.', expect: [] },
  // 102 NEG EN agenda, weekdays and headings
  { shape: 'negative', text: 'Quarterly Review Agenda\nMonday: Budget Planning\nTuesday: Product Roadmap\nWednesday: Customer Success Metrics\nFriday: Team Offsite Logistics', expect: [] },
  // 103 NEG EN job titles and committees
  { shape: 'negative', text: 'The Chief Financial Officer and the Head of Legal approved the Vendor Risk Policy in March; the Audit Committee will review it again in September.', expect: [] },
  // 104 NEG EN UI path
  { shape: 'negative', text: 'Settings > Privacy & Security > Location Services > System Services. Tap Done, then select Allow While Using App.', expect: [] },
  // 105 NEG EN product names with landscape words
  { shape: 'negative', text: 'Our new Harbor Blend coffee pairs well with the Summit Oat Bar and the Canyon Trail Mix, available at all Greenleaf Market stores.', expect: [] },
  // 106 NEG DE notice, capitalised nouns
  { shape: 'negative', text: 'Sehr geehrte Damen und Herren, bitte beachten Sie die neuen Öffnungszeiten unseres Kundenservice: Montag bis Freitag von 8 bis 18 Uhr. Ihre Geschäftsführung', expect: [] },
  // 107 NEG FR terms of sale
  { shape: 'negative', text: 'Conditions Générales de Vente – Article 4 : Livraison. Les délais indiqués sur la Fiche Produit sont donnés à titre indicatif. Le Service Client reste à votre disposition du Lundi au Vendredi.', expect: [] },
  // 108 NEG JSON analytics event
  { shape: 'json', text: '{"event": "PageView", "page": "Checkout", "browser": "Firefox", "os": "Windows", "campaign": "Black Friday", "variant": "Blue Button"}', expect: [] },
  // 109 NEG log, service names and region code
  { shape: 'log', text: '2026-11-25T03:12:44Z ERROR PaymentService: Timeout contacting Stripe gateway after 3 retries (OrderId=ORD-55120, Region=eu-west-1)', expect: [] },
  // 110 NEG EN storm, vessel and building names
  { shape: 'negative', text: 'Storm Henrietta brought gusts of 90 km/h overnight; the ferry Spirit of Discovery stayed in port and the Morrison Building was closed as a precaution.', expect: [] },
  // 111 NEG IT customer notice
  { shape: 'negative', text: 'Gentile Cliente, La informiamo che il Servizio Clienti sarà chiuso il Lunedì di Pasquetta. Per assistenza può utilizzare l\'Area Riservata del nostro Portale.', expect: [] },
  // 112 NEG ES privacy policy
  { shape: 'negative', text: 'Política de Privacidad: el Responsable del Tratamiento conservará los Datos Personales durante el tiempo necesario. Departamento de Recursos Humanos, Dirección General.', expect: [] },
  // 113 NEG NL app notice
  { shape: 'negative', text: 'Beste Klant, vanaf Maandag gelden nieuwe Algemene Voorwaarden. Bekijk ze in de App onder Mijn Account > Instellingen.', expect: [] },
  // 114 NEG markdown pricing table
  { shape: 'table', text: '| Plan | Price | Storage |\n|---|---|---|\n| Basic | $4 | 50 GB |\n| Premium | $9 | 1 TB |\n| Enterprise | Custom | Unlimited |', expect: [] },
  // 115 NEG CSV product catalogue
  { shape: 'csv', text: 'sku,product_name,category,color\nA-100,Everest Backpack,Outdoor,Slate Grey\nA-101,Sahara Water Bottle,Outdoor,Sand\nA-102,Arctic Parka,Apparel,Navy', expect: [] },
  // 116 NEG EN clinical plan, drugs and departments
  { shape: 'notes', text: 'Assessment: Patient reports improvement. Continue Metformin 500 mg BID and Lisinopril 10 mg daily. Follow up with Cardiology in six weeks. Diet: Mediterranean.', expect: [] },
  // 117 NEG EN job board
  { shape: 'negative', text: 'Open roles: Senior Software Engineer (Platform), Product Designer, Customer Success Manager, and Director of Partnerships. Apply via the Careers Portal by Friday.', expect: [] },
  // 118 NEG EN chat announcement
  { shape: 'chat', text: 'Morning all! Reminder that the Town Hall starts at 3 — Q&A afterwards. Bring your questions about the New Benefits Package. Thanks, HR Team', expect: [] },
  // 119 NEG EN contract boilerplate
  { shape: 'negative', text: 'This Agreement shall be governed by the laws of the State in which the Licensee has its principal place of business. The Parties agree that Schedule A and Annex B form part of this Agreement.', expect: [] },
  // 120 NEG DE IT ticket
  { shape: 'ticket', text: 'Ticket #40912 – Drucker im 3. OG druckt nicht. Betroffene Abteilung: Buchhaltung. Priorität: Hoch. Status: In Bearbeitung. Kategorie: Hardware.', expect: [] },
];
