import type { ShapeFixture } from './entity-shapes.fixtures.js';

/**
 * Batch AD: 100 hand-written records for PERSON, LOCATION and ADDRESS (ORGANIZATION labelled but scored
 * apart), LOCATION-heavy, in the everyday registers batch AC did not stress: travel itineraries and booking
 * confirmations, weather and traffic reports, real-estate listings, parcel-tracking events, event
 * announcements, news datelines and short news paragraphs, social-media posts with hashtags and lower-case
 * place names, school and university records, insurance claims, immigration and visa forms, genealogy
 * notes, sports match reports, and natural places (rivers, mountains, lakes, islands, national parks,
 * regions such as the Algarve, Patagonia, the Midwest, the Cotswolds).
 * Records 1-60 are English (US, UK, Ireland, Canada, Australia, NZ, India, South Africa, Singapore);
 * records 61-100 are other Latin-script languages (Spanish, Portuguese, French, Italian, German, Dutch,
 * Swedish, Danish, Norwegian, Finnish, Polish, Czech, Romanian, Hungarian, Turkish, Vietnamese,
 * Indonesian), with case-inflected place forms where the language has them.
 * Containers: prose, news, JSON, CSV, log lines, forms, chat, e-mail, SMS/social posts.
 * 12 hard negatives (expect: []): 14, 19, 28, 36, 44, 53, 58 (English) and 63, 67, 72, 78, 80.
 * 10 records use one word both as a place and as a name or common word: 24 (Jordan, Chad), 33 (Georgia),
 * 40 (Nice), 47 (Reading), 51 (Bath), 56 (Sale), 57 (Mobile), 59 (Split), 60 (Paris Hilton / Paris),
 * 71 (Florence, Orange).
 * Written blind on 2026-11-28 by a helper who read no detector code, tests (other than the batch AC
 * layout file and the ShapeFixture type) or data. All names, addresses and reference numbers are invented
 * or common real places; no text is taken from a data set. No credential-like values are used.
 *
 * Labelling conventions (as in batches AA and AC):
 * - PERSON: a name as written (any case), with middle names, initials, particles and hyphens, without
 *   titles (Ms., Mrs, Mr, Mdm, Frau, Ing.). Every mention is listed, including a given name alone and a
 *   chat speaker label. Separate given/family fields are separate values.
 * - ADDRESS: a street address block as one value (house number, street, unit, postcode, town, region,
 *   country of the same block). A town inside an address is part of the ADDRESS only. When a record splits
 *   an address across fields (CSV 43), the street line is the ADDRESS and the separate town and state
 *   fields are LOCATION values.
 * - LOCATION: towns, cities, districts, neighbourhoods, counties, regions (including abbreviations such as
 *   TN, NSW, SP), countries and named natural places standing on their own, as written; inflected forms
 *   are kept whole (Kölns, Helsinkiin, Tampereelta, Wrocławiu, Brně, Debrecenben, Budapestre, Clujului,
 *   Žabovřesk); Turkish suffixes after an apostrophe are left out (Ankara'dan -> Ankara).
 * - ORGANIZATION: companies, agencies, schools, courts, hotels, news agencies; a place inside an
 *   organisation's name is not also a LOCATION. Sports teams, bands, brands, dishes, holidays and events
 *   are not labelled at all.
 *
 * Judgment calls:
 * - Articles are not part of a place: "the Midwest", "the Algarve", "the Cotswolds", "the Laurentians"
 *   are labelled without "the". Lower-case direction words are left out ("western Kansas" -> Kansas,
 *   "central Kerala" -> Kerala, "sull'alto Piemonte" -> Piemonte); the French elision "d'Avignon" ->
 *   Avignon.
 * - Generic words that are part of a natural place's name are kept: "Mary River", "Lake Tahoe",
 *   "Texas Panhandle", "Wide Bay" (without "region"), "lago di Garda", "pantai parangtritis", "Selat Sunda",
 *   "Munții Făgăraș", "Höga kusten", "Stockholms län", "Csongrád-Csanád vármegyében" (county word with its
 *   case suffix kept whole, like "Maricopa County"). "Norrlands" in "Norrlands inland" is labelled alone.
 *   "valle del Guadalquivir", "vallée du Rhône", "sierra de Huelva" -> only the proper name.
 * - Hashtags that are exactly a place name (#banff, #alberta, #bondi, #nsw, #belgique, #bruges, #lofoten,
 *   #norge, #jogja) are LOCATION, labelled without "#"; run-together hashtags (#roadtrip, #vanlife,
 *   #explorejogja) are not labelled.
 * - IATA codes (LHR, SFO) and road numbers (M25, A419, Interstate 70, Highway 417, A8, N1) are not
 *   labelled. "London (LHR)" labels London.
 * - A place that names a facility but is the town itself is labelled: "Cheltenham station" (6),
 *   "Ballina station" (49), "the Idukki dam" (37), "the Woodlands checkpoint" (50), "kho Bắc Ninh" (98),
 *   "Uzungöl yolu" (96).
 * - Named trails, saddles and parks count as natural places: Routeburn Track, Harris Saddle, Abel Tasman
 *   (the park, though it is a person's name), Aoraki/Mount Cook (one value), Yosemite and Zion National
 *   Park, Torres del Paine, Machu Picchu, Valle Sagrado, borobudur (the monument site).
 * - "Thành phố Hồ Chí Minh" (97) is one LOCATION; "Lý Thường Kiệt", "Gandhi Nagar", "George Square",
 *   "Cromwell Road", "rue Saint-Denis", "str. Memorandumului" inside addresses are only part of the ADDRESS.
 * - Sports: team names are never places, including short forms and metonyms: Leeds United, Sheffield
 *   Wednesday, "Leeds next face" (25), Celtics, Heat, Nuggets, Mumbai Indians, Chennai Super Kings,
 *   Napoli, Lazio (also a region), Atalanta; the stadium "al Maradona" (74) is not a PERSON. The city where
 *   a match is played or a team travels to is LOCATION ("in Leeds", "trip to Plymouth", "in Miami",
 *   "a Bergamo").
 * - "Colorado transportation officials" (10): Colorado labelled. "Ohio Valley Strings" (9) is a band:
 *   unlabelled. "Southern Cross Mining" (21), "Environment Canada" (34), "Trinity College Dublin" (16),
 *   "Lincoln Middle School" (15) are ORGANIZATION only.
 * - "US" in "STAY IN THE US" (20) and in `"Louisville, KY, US"` (45) is LOCATION; "Ontario, CA" (45) is
 *   Ontario, California: both LOCATION. "Co. Clare" (22) is one value. Demonyms and adjectives (NIGERIAN,
 *   dansk, Florentine, Española, Valenciana, Catalana, Turkish, Swiss) are not labelled.
 * - Speaker labels in chats (33 Priscilla, 59 Ivana/Luka, 93 Réka/Bence) are PERSON; role labels
 *   ("agent", "client") are not. Agency abbreviations (AP, EFE, AFP, DOC, OPP, BOM, USDA, SMHI, IMGW,
 *   BMKG) and "Meteoroloji" (96, the Turkish met service) are ORGANIZATION; "Hotel Casa Andina" (62) and
 *   "Harbour Hotel" (48) are ORGANIZATION with the word "Hotel".
 * - "reine" (83) is the Lofoten village Reine, though the same spelling is a Norwegian adjective form;
 *   "Santos" (65) is the port city, though it is also a surname; "Alexandra" (38) is the Johannesburg
 *   township, though it is also a given name; "Ribeira" (64) is the Porto riverside district.
 * - In the dual-use records the non-place use comes after the place use or before the previous labelled
 *   value, so the ordered lookup lands on the intended span: "nice and sunny", "spent the trip reading",
 *   "Reading glasses", "a long hot bath", "Bath buns", "For Sale board", "car-boot sale", "Mobile
 *   check-in", "mobile boarding pass", "split the car hire", "qu'en orange" are unlabelled; "Chad" and
 *   "Jordan" and "Georgia" are PERSON where they are people; "Hilton" alone (60) is ORGANIZATION; the
 *   second "Orange" in 71 (the telecom employer) is ORGANIZATION.
 * - Hard-negative judgment: "Bacalhau à Brás" (67), "Boston Cream Pie", "Buffalo Wings", "Philly
 *   Cheesesteak", "Brussels Sprouts", "Darjeeling" (19), "Paella Valenciana" (63), "Vinho Verde" (67) and
 *   NBA nicknames (28) are dishes, products or teams, so nothing is labelled. "Conseil Municipal" (72) is
 *   an unnamed body, not an ORGANIZATION value.
 */
export const BATCH_AD: ShapeFixture[] = [
  // ---- English (1-60) ----
  // 1 itinerary (UK -> US)
  { shape: 'form', text: 'Trip itinerary — Ms. Harriet Okoye\nFri 12 Jun: London (LHR) → San Francisco (SFO), dep 11:20\nSat 13 Jun: drive to Yosemite National Park via Oakdale\nTue 16 Jun: 2 nights at a lodge in South Lake Tahoe, kayaking on Lake Tahoe\nThu 18 Jun: SFO → LHR', expect: [['PERSON', 'Harriet Okoye'], ['LOCATION', 'London'], ['LOCATION', 'San Francisco'], ['LOCATION', 'Yosemite National Park'], ['LOCATION', 'Oakdale'], ['LOCATION', 'South Lake Tahoe'], ['LOCATION', 'Lake Tahoe']] },
  // 2 booking confirmation (NZ)
  { shape: 'email', text: 'Booking confirmation HX-44102\n\nGuest: Daniel Ferreira-Walsh\nProperty: Harbourview Suites, 14 Quay Street, Auckland 1010, New Zealand\nCheck-in: Wed 3 Feb 2027 from 2pm\nCheck-out: Sat 6 Feb 2027 by 10am\nGetting here: 40 minutes by car from the airport; ferries to Waiheke Island leave from across the road.', expect: [['PERSON', 'Daniel Ferreira-Walsh'], ['ORGANIZATION', 'Harbourview Suites'], ['ADDRESS', '14 Quay Street, Auckland 1010, New Zealand'], ['LOCATION', 'Waiheke Island']] },
  // 3 weather (US)
  { shape: 'news', text: 'Weather: A strong cold front sweeping across the Midwest will bring 6 to 10 inches of snow to Minneapolis and Des Moines tonight, while the Gulf Coast from Houston to Pensacola stays warm and humid. Highs near 80 in Tampa.', expect: [['LOCATION', 'Midwest'], ['LOCATION', 'Minneapolis'], ['LOCATION', 'Des Moines'], ['LOCATION', 'Gulf Coast'], ['LOCATION', 'Houston'], ['LOCATION', 'Pensacola'], ['LOCATION', 'Tampa']] },
  // 4 traffic (UK)
  { shape: 'news', text: 'Travel news: the M25 is closed anticlockwise between junctions 10 and 9 near Cobham after a lorry fire. Expect long delays into Guildford and on the A3 towards Portsmouth. Trains from Brighton are running normally.', expect: [['LOCATION', 'Cobham'], ['LOCATION', 'Guildford'], ['LOCATION', 'Portsmouth'], ['LOCATION', 'Brighton']] },
  // 5 real estate (US)
  { shape: 'prose', text: 'JUST LISTED! 4 bd / 3 ba craftsman at 2318 Magnolia Ave, Berkeley, CA 94705. Walk to the Elmwood shops, 15 min to downtown Oakland, easy train to San Francisco. Open house Sun 1-4. Listing agent: Renata Castellano, Bayline Realty.', expect: [['ADDRESS', '2318 Magnolia Ave, Berkeley, CA 94705'], ['LOCATION', 'Elmwood'], ['LOCATION', 'Oakland'], ['LOCATION', 'San Francisco'], ['PERSON', 'Renata Castellano'], ['ORGANIZATION', 'Bayline Realty']] },
  // 6 real estate (UK)
  { shape: 'prose', text: 'Guide price £425,000. A charming three-bedroom stone cottage on the edge of Little Haddon, in the heart of the Cotswolds, with far-reaching views towards the Malvern Hills. Cheltenham station is 20 minutes by car. Viewings strictly via Hollis & Grey.', expect: [['LOCATION', 'Little Haddon'], ['LOCATION', 'Cotswolds'], ['LOCATION', 'Malvern Hills'], ['LOCATION', 'Cheltenham'], ['ORGANIZATION', 'Hollis & Grey']] },
  // 7 tracking events (US, caps)
  { shape: 'log', text: 'Nov 24 06:12  Departed FedEx hub  MEMPHIS, TN\nNov 23 22:41  Arrived at FedEx hub  MEMPHIS, TN\nNov 23 14:05  Left FedEx origin facility  LOUISVILLE, KY\nNov 23 09:30  Picked up  LEXINGTON, KY\nNov 22 18:00  Shipment information sent to FedEx', expect: [['ORGANIZATION', 'FedEx'], ['LOCATION', 'MEMPHIS'], ['LOCATION', 'TN'], ['ORGANIZATION', 'FedEx'], ['LOCATION', 'MEMPHIS'], ['LOCATION', 'TN'], ['ORGANIZATION', 'FedEx'], ['LOCATION', 'LOUISVILLE'], ['LOCATION', 'KY'], ['LOCATION', 'LEXINGTON'], ['LOCATION', 'KY'], ['ORGANIZATION', 'FedEx']] },
  // 8 tracking events (US)
  { shape: 'log', text: '11/25 4:02 PM  Out For Delivery Today  Columbus, OH, United States\n11/25 1:15 AM  Departed from Facility  Chicago, IL, United States\n11/24 9:48 PM  Arrived at Facility  Hodgkins, IL, United States\n11/24 3:30 PM  Origin Scan  Kansas City, MO, United States', expect: [['LOCATION', 'Columbus'], ['LOCATION', 'OH'], ['LOCATION', 'United States'], ['LOCATION', 'Chicago'], ['LOCATION', 'IL'], ['LOCATION', 'United States'], ['LOCATION', 'Hodgkins'], ['LOCATION', 'IL'], ['LOCATION', 'United States'], ['LOCATION', 'Kansas City'], ['LOCATION', 'MO'], ['LOCATION', 'United States']] },
  // 9 event announcement (US)
  { shape: 'prose', text: 'Join us for the Riverside Jazz Weekend, July 18-20 on the riverfront in Louisville, Kentucky! Headliners include Marcus Delaney and the Ohio Valley Strings. Free shuttle buses run from Jeffersonville, Indiana every 30 minutes.', expect: [['LOCATION', 'Louisville'], ['LOCATION', 'Kentucky'], ['PERSON', 'Marcus Delaney'], ['LOCATION', 'Jeffersonville'], ['LOCATION', 'Indiana']] },
  // 10 news dateline (US)
  { shape: 'news', text: 'DENVER (AP) — A late-season storm dumped more than two feet of snow on parts of the Front Range, closing Interstate 70 west of Golden and stranding hundreds of travelers in Idaho Springs, Colorado transportation officials said Tuesday.', expect: [['LOCATION', 'DENVER'], ['ORGANIZATION', 'AP'], ['LOCATION', 'Front Range'], ['LOCATION', 'Golden'], ['LOCATION', 'Idaho Springs'], ['LOCATION', 'Colorado']] },
  // 11 news (UK)
  { shape: 'news', text: 'A man from Swindon has been jailed for four years after a crash on the A419 near Cirencester that left a cyclist seriously injured. Kyle Barrow, 29, of Penhill, was sentenced at Gloucester Crown Court on Friday.', expect: [['LOCATION', 'Swindon'], ['LOCATION', 'Cirencester'], ['PERSON', 'Kyle Barrow'], ['LOCATION', 'Penhill'], ['ORGANIZATION', 'Gloucester Crown Court']] },
  // 12 social post (Canada, lower case, hashtags)
  { shape: 'sms', text: "finally made it to banff 🏔️ lake louise tomorrow if the road from calgary isn't closed lol #banff #alberta #roadtrip", expect: [['LOCATION', 'banff'], ['LOCATION', 'lake louise'], ['LOCATION', 'calgary'], ['LOCATION', 'banff'], ['LOCATION', 'alberta']] },
  // 13 social post (Australia)
  { shape: 'sms', text: 'sunrise at Bondi never gets old ☀️ heading up to byron bay for the weekend then back to sydney monday. anyone got brekkie recs in newcastle?? #bondi #nsw #vanlife', expect: [['LOCATION', 'Bondi'], ['LOCATION', 'byron bay'], ['LOCATION', 'sydney'], ['LOCATION', 'newcastle'], ['LOCATION', 'bondi'], ['LOCATION', 'nsw']] },
  // 14 hard negative: UI text about locations
  { shape: 'negative', text: 'Settings > Privacy & Security > Location Services. Tap Allow While Using App, then Done. Turn on Precise Location, Significant Locations and Find My, then return to the Home Screen and open Maps.', expect: [] },
  // 15 school record (US)
  { shape: 'form', text: 'STUDENT TRANSFER RECORD\nStudent: Elijah Marcus Townsend\nDOB: 2011-03-08\nSending school: Lincoln Middle School, Tacoma, WA\nReceiving school: Cedar Ridge Middle School, Boise, ID\nParent/guardian: Denise Townsend', expect: [['PERSON', 'Elijah Marcus Townsend'], ['ORGANIZATION', 'Lincoln Middle School'], ['LOCATION', 'Tacoma'], ['LOCATION', 'WA'], ['ORGANIZATION', 'Cedar Ridge Middle School'], ['LOCATION', 'Boise'], ['LOCATION', 'ID'], ['PERSON', 'Denise Townsend']] },
  // 16 university record (Ireland -> Scotland)
  { shape: 'form', text: 'TRANSCRIPT REQUEST\nStudent ID: 20418837\nName: Siobhán Kavanagh\nDegree: BA Geography, Trinity College Dublin (2019-2023)\nSend official copy to: Graduate Admissions, University of Edinburgh, 57 George Square, Edinburgh EH8 9JU, Scotland', expect: [['PERSON', 'Siobhán Kavanagh'], ['ORGANIZATION', 'Trinity College Dublin'], ['ORGANIZATION', 'University of Edinburgh'], ['ADDRESS', '57 George Square, Edinburgh EH8 9JU, Scotland']] },
  // 17 auto insurance claim (US)
  { shape: 'form', text: 'AUTO CLAIM — FIRST NOTICE OF LOSS\nPolicyholder: Brandon T. Kowalczyk\nDate of loss: 10/14/2026\nLocation of loss: parking lot, 1100 Peachtree St NE, Atlanta, GA 30309\nDescription: Insured vehicle struck while parked. Other driver: Lamar Whitfield of Decatur, GA.\nAssigned adjuster: Colleen Baptiste', expect: [['PERSON', 'Brandon T. Kowalczyk'], ['ADDRESS', '1100 Peachtree St NE, Atlanta, GA 30309'], ['PERSON', 'Lamar Whitfield'], ['LOCATION', 'Decatur'], ['LOCATION', 'GA'], ['PERSON', 'Colleen Baptiste']] },
  // 18 home insurance claim (UK)
  { shape: 'case', text: 'Home insurance claim HC-20931: escape of water at 7 Orchard Close, Market Harborough LE16 9PB, discovered on 2 November. Policyholder Mrs Janet Elsworth had been staying with her daughter in Leicester for a week. Loss adjuster Tom Ridley will attend on Thursday.', expect: [['ADDRESS', '7 Orchard Close, Market Harborough LE16 9PB'], ['PERSON', 'Janet Elsworth'], ['LOCATION', 'Leicester'], ['PERSON', 'Tom Ridley']] },
  // 19 hard negative: dishes named after places
  { shape: 'negative', text: 'Brunch Menu: Eggs Florentine, Boston Cream Pie, Buffalo Wings, Philly Cheesesteak, Turkish Delight, Swiss Roll, Brussels Sprouts with Parmesan, and a pot of Darjeeling or English Breakfast.', expect: [] },
  // 20 visa form (US, all caps)
  { shape: 'form', text: 'SURNAME: OKONJO\nGIVEN NAMES: CHIAMAKA ADAEZE\nCITY OF BIRTH: ONITSHA\nSTATE/PROVINCE OF BIRTH: ANAMBRA\nCOUNTRY OF BIRTH: NIGERIA\nNATIONALITY: NIGERIAN\nADDRESS WHERE YOU WILL STAY IN THE US: 410 W 118TH ST, APT 6F, NEW YORK, NY 10027\nPURPOSE OF TRIP: STUDENT (F-1), COLUMBIA UNIVERSITY', expect: [['PERSON', 'OKONJO'], ['PERSON', 'CHIAMAKA ADAEZE'], ['LOCATION', 'ONITSHA'], ['LOCATION', 'ANAMBRA'], ['LOCATION', 'NIGERIA'], ['LOCATION', 'US'], ['ADDRESS', '410 W 118TH ST, APT 6F, NEW YORK, NY 10027'], ['ORGANIZATION', 'COLUMBIA UNIVERSITY']] },
  // 21 visa application (India -> Australia)
  { shape: 'case', text: 'Visa subclass 482 application — Applicant: Rajesh Kumar Pillai. Residential address: 22/B, 3rd Main Road, Jayanagar, Bengaluru 560011, India. Nominated position: site engineer in Perth, Western Australia, with Southern Cross Mining. Previous overseas travel: Singapore (2019), Dubai (2022).', expect: [['PERSON', 'Rajesh Kumar Pillai'], ['ADDRESS', '22/B, 3rd Main Road, Jayanagar, Bengaluru 560011, India'], ['LOCATION', 'Perth'], ['LOCATION', 'Western Australia'], ['ORGANIZATION', 'Southern Cross Mining'], ['LOCATION', 'Singapore'], ['LOCATION', 'Dubai']] },
  // 22 genealogy (Ireland -> US)
  { shape: 'notes', text: 'Family notes: Michael Joseph Brennan, born 1902 in Cork, emigrated to Boston in 1921 aboard the SS Celtic. Married Bridget Noonan of Kilrush, Co. Clare, in Dorchester in 1926. Died 1968 in Quincy, Massachusetts.', expect: [['PERSON', 'Michael Joseph Brennan'], ['LOCATION', 'Cork'], ['LOCATION', 'Boston'], ['PERSON', 'Bridget Noonan'], ['LOCATION', 'Kilrush'], ['LOCATION', 'Co. Clare'], ['LOCATION', 'Dorchester'], ['LOCATION', 'Quincy'], ['LOCATION', 'Massachusetts']] },
  // 23 genealogy census CSV (Scotland -> Canada)
  { shape: 'csv', text: 'surname,given,born,birthplace,residence_1911\nMcAllister,Agnes,1874,"Lanark, Scotland","Paisley, Renfrewshire"\nMcAllister,Hugh,1899,Paisley,"Hamilton, Ontario"', expect: [['PERSON', 'McAllister'], ['PERSON', 'Agnes'], ['LOCATION', 'Lanark'], ['LOCATION', 'Scotland'], ['LOCATION', 'Paisley'], ['LOCATION', 'Renfrewshire'], ['PERSON', 'McAllister'], ['PERSON', 'Hugh'], ['LOCATION', 'Paisley'], ['LOCATION', 'Hamilton'], ['LOCATION', 'Ontario']] },
  // 24 dual use: Jordan, Chad
  { shape: 'prose', text: "Jordan Whitaker spent two weeks in Jordan last spring, floating in the Dead Sea and hiking to Petra from Wadi Musa. Her brother Chad stayed behind; his company had just posted him to Chad, to an office in N'Djamena.", expect: [['PERSON', 'Jordan Whitaker'], ['LOCATION', 'Jordan'], ['LOCATION', 'Dead Sea'], ['LOCATION', 'Petra'], ['LOCATION', 'Wadi Musa'], ['PERSON', 'Chad'], ['LOCATION', 'Chad'], ['LOCATION', "N'Djamena"]] },
  // 25 football report (UK)
  { shape: 'news', text: "Leeds United 2-1 Sheffield Wednesday: Daniel Ashworth's stoppage-time header settled it in front of 36,000 in Leeds. Wednesday had led through Callum Reece before the break. Leeds next face a long trip to Plymouth on Saturday.", expect: [['PERSON', 'Daniel Ashworth'], ['LOCATION', 'Leeds'], ['PERSON', 'Callum Reece'], ['LOCATION', 'Plymouth']] },
  // 26 basketball report (US)
  { shape: 'news', text: 'Celtics 112, Heat 104: Jaylen Brooks scored 31 points as the Celtics won in Miami for the first time this season. They return home to face the Nuggets in Boston on Friday.', expect: [['PERSON', 'Jaylen Brooks'], ['LOCATION', 'Miami'], ['LOCATION', 'Boston']] },
  // 27 cricket report (India)
  { shape: 'news', text: "Rain stopped play in Bengaluru after 34 overs. Chasing 287, Mumbai Indians were 201/3 when the umpires called it off; Arjun Mehta's unbeaten 88 had kept Chennai Super Kings under pressure. The sides meet again in Hyderabad on Sunday.", expect: [['LOCATION', 'Bengaluru'], ['PERSON', 'Arjun Mehta'], ['LOCATION', 'Hyderabad']] },
  // 28 hard negative: team nicknames
  { shape: 'negative', text: 'Final: Thunder 108, Magic 101. Player of the Game: Bench Unit. Tonight: Heat at Nets, Jazz at Suns, Kings at Warriors, Spurs at Rockets. Standings update after the Play-In Tournament.', expect: [] },
  // 29 natural places (US)
  { shape: 'prose', text: 'Our week out west: rafting the Colorado River through the Grand Canyon, two nights near Lake Powell, then up to Zion National Park and the Great Salt Lake before flying home from Salt Lake City.', expect: [['LOCATION', 'Colorado River'], ['LOCATION', 'Grand Canyon'], ['LOCATION', 'Lake Powell'], ['LOCATION', 'Zion National Park'], ['LOCATION', 'Great Salt Lake'], ['LOCATION', 'Salt Lake City']] },
  // 30 natural places (NZ)
  { shape: 'notes', text: 'Tramping notes: Routeburn Track from Glenorchy, over Harris Saddle and down to Milford Sound the next day. Fiordland weather turns fast, so check with the DOC office in Te Anau first. Next summer: Abel Tasman and Aoraki/Mount Cook.', expect: [['LOCATION', 'Routeburn Track'], ['LOCATION', 'Glenorchy'], ['LOCATION', 'Harris Saddle'], ['LOCATION', 'Milford Sound'], ['LOCATION', 'Fiordland'], ['ORGANIZATION', 'DOC'], ['LOCATION', 'Te Anau'], ['LOCATION', 'Abel Tasman'], ['LOCATION', 'Aoraki/Mount Cook']] },
  // 31 regions (Europe, South America)
  { shape: 'prose', text: 'Bucket list for 2027: walk the last 100 km into Santiago de Compostela through Galicia, a lazy week in the Algarve, Patagonia in February (El Chaltén and Torres del Paine), and the northern lights in Lapland.', expect: [['LOCATION', 'Santiago de Compostela'], ['LOCATION', 'Galicia'], ['LOCATION', 'Algarve'], ['LOCATION', 'Patagonia'], ['LOCATION', 'El Chaltén'], ['LOCATION', 'Torres del Paine'], ['LOCATION', 'Lapland']] },
  // 32 regions (US)
  { shape: 'news', text: 'The USDA survey covered farms across the Midwest and the Great Plains, with the heaviest losses in western Kansas and the Texas Panhandle. Growers along the Mississippi River in Iowa fared better.', expect: [['ORGANIZATION', 'USDA'], ['LOCATION', 'Midwest'], ['LOCATION', 'Great Plains'], ['LOCATION', 'Kansas'], ['LOCATION', 'Texas Panhandle'], ['LOCATION', 'Mississippi River'], ['LOCATION', 'Iowa']] },
  // 33 dual use: Georgia
  { shape: 'chat', text: "#general — Priscilla: Everyone, please welcome Georgia Kapanadze, our new analyst! She grew up in Tbilisi, Georgia, and did her master's in Atlanta, Georgia. Georgia starts Monday in the Denver office.", expect: [['PERSON', 'Priscilla'], ['PERSON', 'Georgia Kapanadze'], ['LOCATION', 'Tbilisi'], ['LOCATION', 'Georgia'], ['LOCATION', 'Atlanta'], ['LOCATION', 'Georgia'], ['PERSON', 'Georgia'], ['LOCATION', 'Denver']] },
  // 34 weather and traffic (Canada)
  { shape: 'news', text: 'Environment Canada has issued a snowfall warning for Ottawa, Gatineau and the Laurentians, with up to 25 cm expected by Thursday. Highway 417 eastbound is closed at Casselman, and the OPP is urging drivers to avoid travel to Montreal tonight.', expect: [['ORGANIZATION', 'Environment Canada'], ['LOCATION', 'Ottawa'], ['LOCATION', 'Gatineau'], ['LOCATION', 'Laurentians'], ['LOCATION', 'Casselman'], ['ORGANIZATION', 'OPP'], ['LOCATION', 'Montreal']] },
  // 35 weather warning (Australia)
  { shape: 'news', text: 'BOM severe weather warning: damaging winds and heavy rainfall are expected on the Sunshine Coast, around Gympie and across the Wide Bay region of Queensland. A flood watch is current for the Mary River. Brisbane should stay mostly dry.', expect: [['ORGANIZATION', 'BOM'], ['LOCATION', 'Sunshine Coast'], ['LOCATION', 'Gympie'], ['LOCATION', 'Wide Bay'], ['LOCATION', 'Queensland'], ['LOCATION', 'Mary River'], ['LOCATION', 'Brisbane']] },
  // 36 hard negative: weather widget
  { shape: 'negative', text: 'Today: Mostly Sunny, High 21. Tonight: Scattered Showers, Low 9. UV Index: Very High. Pollen Count: Moderate. Air Quality: Good. Sunrise 6:42, Sunset 19:58. Wind Chill Advisory ends at Noon.', expect: [] },
  // 37 news dateline (India)
  { shape: 'news', text: 'KOCHI: Heavy rain lashed central Kerala on Monday, with Ernakulam and Idukki districts placed on orange alert. Shutters of the Idukki dam were raised after the water level in the Periyar rose sharply, officials said.', expect: [['LOCATION', 'KOCHI'], ['LOCATION', 'Kerala'], ['LOCATION', 'Ernakulam'], ['LOCATION', 'Idukki'], ['LOCATION', 'Idukki'], ['LOCATION', 'Periyar']] },
  // 38 power cuts (South Africa)
  { shape: 'news', text: 'Eskom says Stage 4 load-shedding will run from 16:00 until midnight. City Power has warned residents of Soweto, Alexandra and Randburg in Johannesburg to expect longer outages, while parts of Pretoria and Ekurhuleni will be spared.', expect: [['ORGANIZATION', 'Eskom'], ['ORGANIZATION', 'City Power'], ['LOCATION', 'Soweto'], ['LOCATION', 'Alexandra'], ['LOCATION', 'Randburg'], ['LOCATION', 'Johannesburg'], ['LOCATION', 'Pretoria'], ['LOCATION', 'Ekurhuleni']] },
  // 39 school outing (Singapore)
  { shape: 'email', text: 'Dear parents, our CCA outing is confirmed! We meet at the MRT station in Tampines at 7.30am on Saturday, take the bus to Changi Point, then a bumboat to Pulau Ubin. Students will cycle to Chek Jawa and be back in Tampines by 4pm.\nTeacher-in-charge: Mdm Tan Hui Ling', expect: [['LOCATION', 'Tampines'], ['LOCATION', 'Changi Point'], ['LOCATION', 'Pulau Ubin'], ['LOCATION', 'Chek Jawa'], ['LOCATION', 'Tampines'], ['PERSON', 'Tan Hui Ling']] },
  // 40 dual use: Nice
  { shape: 'sms', text: 'landed in Nice ✈️ nice and sunny, 24°. train along the coast to Monaco and Menton tomorrow. Nice to finally switch off!', expect: [['LOCATION', 'Nice'], ['LOCATION', 'Monaco'], ['LOCATION', 'Menton']] },
  // 41 school report (Canada)
  { shape: 'notes', text: 'Report card comments — Grade 5, Maple Grove Elementary, Red Deer, Alberta\nStudent: Aiden Lafleur-Chartrand\nAiden has settled in well since moving from Moncton in September and is reading above grade level.', expect: [['ORGANIZATION', 'Maple Grove Elementary'], ['LOCATION', 'Red Deer'], ['LOCATION', 'Alberta'], ['PERSON', 'Aiden Lafleur-Chartrand'], ['PERSON', 'Aiden'], ['LOCATION', 'Moncton']] },
  // 42 flight booking JSON (NZ)
  { shape: 'json', text: '{"pnr":"K7WQ2M","passenger":{"first":"Aroha","last":"Ngata"},"segments":[{"from":"Wellington","to":"Christchurch","dep":"2027-01-09T07:15"},{"from":"Christchurch","to":"Queenstown","dep":"2027-01-09T10:40"}]}', expect: [['PERSON', 'Aroha'], ['PERSON', 'Ngata'], ['LOCATION', 'Wellington'], ['LOCATION', 'Christchurch'], ['LOCATION', 'Christchurch'], ['LOCATION', 'Queenstown']] },
  // 43 real-estate CSV (US)
  { shape: 'csv', text: 'mls_id,street,city,state,list_price\n24-118203,"915 Harbor Pointe Dr",Annapolis,MD,"$689,000"\n24-118977,"40 Old Mill Rd",Sudbury,MA,"$1,250,000"', expect: [['ADDRESS', '915 Harbor Pointe Dr'], ['LOCATION', 'Annapolis'], ['LOCATION', 'MD'], ['ADDRESS', '40 Old Mill Rd'], ['LOCATION', 'Sudbury'], ['LOCATION', 'MA']] },
  // 44 hard negative: listing features
  { shape: 'negative', text: "Features: Open Plan Living, Master Suite with Walk-In Robe, Butler's Pantry, Alfresco Entertaining, Ducted Air, Solar Panels and Double Lock-Up Garage. Council Rates on request. Inspection by Appointment Only.", expect: [] },
  // 45 tracking log (US; Ontario, California)
  { shape: 'log', text: '2026-11-20T08:02:11Z INFO tracking.event awb=784512903311 status=IN_TRANSIT location="Louisville, KY, US" next_hub="Ontario, CA, US" eta=2026-11-21', expect: [['LOCATION', 'Louisville'], ['LOCATION', 'KY'], ['LOCATION', 'US'], ['LOCATION', 'Ontario'], ['LOCATION', 'CA'], ['LOCATION', 'US']] },
  // 46 travel agent chat (Ireland -> Canada)
  { shape: 'chat', text: "agent: Hi! Where will you be flying from?\nclient: Dublin, with a stopover in Reykjavík if possible\nagent: Sure. And your final destination?\nclient: Halifax, Nova Scotia, then a week driving around Cape Breton Island\nagent: Lovely. Name as it appears on the passport?\nclient: Niamh O'Sullivan", expect: [['LOCATION', 'Dublin'], ['LOCATION', 'Reykjavík'], ['LOCATION', 'Halifax'], ['LOCATION', 'Nova Scotia'], ['LOCATION', 'Cape Breton Island'], ['PERSON', "Niamh O'Sullivan"]] },
  // 47 dual use: Reading
  { shape: 'notes', text: 'Commute log, Tue: the 07:32 from Reading to London was cancelled again, so I got the 07:48 via Slough and spent the whole trip reading. Reading glasses left on the train, naturally.', expect: [['LOCATION', 'Reading'], ['LOCATION', 'London'], ['LOCATION', 'Slough']] },
  // 48 event e-mail (Ireland)
  { shape: 'email', text: "Subject: Class of 2006 reunion — Galway, 14 March\n\nHi all,\nWe're booked for 7pm at the Harbour Hotel, Galway. A few of us are driving up from Limerick and Ennis, and Fiona is flying in from Toronto. Please reply to me by Friday.\n\nCiarán Ó Murchú", expect: [['LOCATION', 'Galway'], ['ORGANIZATION', 'Harbour Hotel'], ['LOCATION', 'Galway'], ['LOCATION', 'Limerick'], ['LOCATION', 'Ennis'], ['PERSON', 'Fiona'], ['LOCATION', 'Toronto'], ['PERSON', 'Ciarán Ó Murchú']] },
  // 49 travel insurance claim (Australia)
  { shape: 'form', text: 'Travel insurance claim TI-88213\nClaimant: Lachlan Pereira\nIncident: backpack stolen from hire car at a lookout near Byron Bay, NSW on 02/01/2027\nPolice report: lodged at Ballina station, ref E77120345\nHome address: 14/62 Beach Road, Sandringham VIC 3191', expect: [['PERSON', 'Lachlan Pereira'], ['LOCATION', 'Byron Bay'], ['LOCATION', 'NSW'], ['LOCATION', 'Ballina'], ['ADDRESS', '14/62 Beach Road, Sandringham VIC 3191']] },
  // 50 news dateline (Singapore / Malaysia)
  { shape: 'news', text: 'SINGAPORE — Traffic at the Woodlands checkpoint into Johor Bahru was backed up for more than three hours on Friday evening ahead of the long weekend, the Immigration and Checkpoints Authority said. Travellers heading to Malacca and Kuala Lumpur were advised to cross at Tuas instead.', expect: [['LOCATION', 'SINGAPORE'], ['LOCATION', 'Woodlands'], ['LOCATION', 'Johor Bahru'], ['ORGANIZATION', 'Immigration and Checkpoints Authority'], ['LOCATION', 'Malacca'], ['LOCATION', 'Kuala Lumpur'], ['LOCATION', 'Tuas']] },
  // 51 dual use: Bath
  { shape: 'prose', text: 'Weekend in Bath with Imogen: too cold for the spa, so a long hot bath at the B&B and then a walk along the Avon to Bradford-on-Avon. Bath buns for breakfast, obviously.', expect: [['LOCATION', 'Bath'], ['PERSON', 'Imogen'], ['LOCATION', 'Avon'], ['LOCATION', 'Bradford-on-Avon']] },
  // 52 real estate (South Africa)
  { shape: 'prose', text: 'ON SHOW SUNDAY 14:00-17:00 | Spacious 3-bed family home in Durbanville, Cape Town. 27 Protea Crescent, Durbanville, 7550. Close to good schools and the N1. Contact Thandi Mokoena on 082 555 0193.', expect: [['LOCATION', 'Durbanville'], ['LOCATION', 'Cape Town'], ['ADDRESS', '27 Protea Crescent, Durbanville, 7550'], ['PERSON', 'Thandi Mokoena']] },
  // 53 hard negative: tracking statuses
  { shape: 'negative', text: 'Status History: Label Created → Picked Up → In Transit → Arrived at Sort Facility → Departed Sort Facility → Out for Delivery → Delivered, Left at Front Door. Signature: Not Required. Proof of Delivery: Photo.', expect: [] },
  // 54 school admission record (India)
  { shape: 'form', text: "Admission record\nName: Kavya Raghunathan\nFather's name: S. Raghunathan\nNative place: Madurai, Tamil Nadu\nPrevious school: Kendriya Vidyalaya, Pune\nPermanent address: 12, Gandhi Nagar 2nd Street, Madurai 625020", expect: [['PERSON', 'Kavya Raghunathan'], ['PERSON', 'S. Raghunathan'], ['LOCATION', 'Madurai'], ['LOCATION', 'Tamil Nadu'], ['ORGANIZATION', 'Kendriya Vidyalaya'], ['LOCATION', 'Pune'], ['ADDRESS', '12, Gandhi Nagar 2nd Street, Madurai 625020']] },
  // 55 visa form (Pakistan -> UK)
  { shape: 'form', text: 'Visa application (United Kingdom) — Part 3: Travel history\nCountries visited in the last 10 years: France, Spain, United Arab Emirates, Thailand\nAddress during stay: c/o Mr Imran Qureshi, 18 Cromwell Road, Bradford BD8 7HB\nHome address: House 44, Street 9, F-7/2, Islamabad, Pakistan', expect: [['LOCATION', 'United Kingdom'], ['LOCATION', 'France'], ['LOCATION', 'Spain'], ['LOCATION', 'United Arab Emirates'], ['LOCATION', 'Thailand'], ['PERSON', 'Imran Qureshi'], ['ADDRESS', '18 Cromwell Road, Bradford BD8 7HB'], ['ADDRESS', 'House 44, Street 9, F-7/2, Islamabad, Pakistan']] },
  // 56 dual use: Sale
  { shape: 'prose', text: "We've listed the flat in Sale, Greater Manchester — handy for the tram into Manchester and ten minutes from Altrincham. The For Sale board goes up Monday and the car-boot sale is Saturday.", expect: [['LOCATION', 'Sale'], ['LOCATION', 'Greater Manchester'], ['LOCATION', 'Manchester'], ['LOCATION', 'Altrincham']] },
  // 57 dual use: Mobile
  { shape: 'sms', text: 'Flight 3321 to Mobile, AL departs Gate B14 at 6:10 PM. Mobile check-in is open now; show your mobile boarding pass at the gate. Passengers connecting from Charlotte should allow 40 minutes.', expect: [['LOCATION', 'Mobile'], ['LOCATION', 'AL'], ['LOCATION', 'Charlotte']] },
  // 58 hard negative: social post
  { shape: 'negative', text: 'Monday Motivation 💪 Coffee First, Then Cardio. Leg Day Tomorrow, Rest Day Never. Huge Thanks to Everyone at the Gym! #MondayMood #GoodVibes #NoExcuses', expect: [] },
  // 59 dual use: Split
  { shape: 'chat', text: "Ivana: ferry Ancona → Split confirmed for 14 Aug! from Split we take the bus to Trogir, then on to Makarska\nLuka: great, let's split the car hire four ways", expect: [['PERSON', 'Ivana'], ['LOCATION', 'Ancona'], ['LOCATION', 'Split'], ['LOCATION', 'Split'], ['LOCATION', 'Trogir'], ['LOCATION', 'Makarska'], ['PERSON', 'Luka']] },
  // 60 dual use: Paris Hilton / Paris
  { shape: 'news', text: 'Gossip roundup: Paris Hilton was spotted leaving a café in Paris on Tuesday before flying on to Ibiza. Meanwhile the Hilton in Paris, Texas, is fully booked for the county fair.', expect: [['PERSON', 'Paris Hilton'], ['LOCATION', 'Paris'], ['LOCATION', 'Ibiza'], ['ORGANIZATION', 'Hilton'], ['LOCATION', 'Paris'], ['LOCATION', 'Texas']] },

  // ---- Other Latin-script languages (61-100) ----
  // 61 Spanish: news dateline
  { shape: 'news', text: 'SEVILLA, 12 ago. (EFE) — La ola de calor dejó 44,8 grados en Córdoba y Montoro, mientras que en la sierra de Huelva se declararon dos incendios. La Aemet mantiene el aviso rojo en el valle del Guadalquivir.', expect: [['LOCATION', 'SEVILLA'], ['ORGANIZATION', 'EFE'], ['LOCATION', 'Córdoba'], ['LOCATION', 'Montoro'], ['LOCATION', 'Huelva'], ['ORGANIZATION', 'Aemet'], ['LOCATION', 'Guadalquivir']] },
  // 62 Spanish (Peru): booking confirmation
  { shape: 'email', text: 'Confirmación de reserva RQ-5521\nHuésped: Mariana Quispe Huamán\nAlojamiento: Hotel Casa Andina, Av. El Sol 954, Cusco, Perú\nIncluye traslado desde el aeropuerto. Excursión al Valle Sagrado y a Machu Picchu el día 3; regreso a Lima el día 5.', expect: [['PERSON', 'Mariana Quispe Huamán'], ['ORGANIZATION', 'Hotel Casa Andina'], ['ADDRESS', 'Av. El Sol 954, Cusco, Perú'], ['LOCATION', 'Valle Sagrado'], ['LOCATION', 'Machu Picchu'], ['LOCATION', 'Lima']] },
  // 63 Spanish: hard negative
  { shape: 'negative', text: 'Oferta de Verano: Tortilla Española, Paella Valenciana y Crema Catalana con Sangría de la Casa. Consulte las Condiciones Generales en la Sección de Ayuda. El Director General agradece su Confianza.', expect: [] },
  // 64 Portuguese (Portugal): real estate
  { shape: 'prose', text: 'Vende-se T2 renovado na Rua de Cedofeita, 312, 4050-174 Porto. A 10 minutos da Ribeira, com vista para o Douro. Ideal para quem trabalha em Matosinhos ou Vila Nova de Gaia. Contacto: Rui Magalhães.', expect: [['ADDRESS', 'Rua de Cedofeita, 312, 4050-174 Porto'], ['LOCATION', 'Ribeira'], ['LOCATION', 'Douro'], ['LOCATION', 'Matosinhos'], ['LOCATION', 'Vila Nova de Gaia'], ['PERSON', 'Rui Magalhães']] },
  // 65 Portuguese (Brazil): genealogy
  { shape: 'notes', text: 'Meu bisavô, Giovanni Battista Zanella, nasceu em 1889 em Belluno, no Vêneto, e emigrou para o Brasil em 1911. Desembarcou em Santos e foi trabalhar numa fazenda perto de Ribeirão Preto. Casou-se com Ana Rosa Bertolini em Caxias do Sul.', expect: [['PERSON', 'Giovanni Battista Zanella'], ['LOCATION', 'Belluno'], ['LOCATION', 'Vêneto'], ['LOCATION', 'Brasil'], ['LOCATION', 'Santos'], ['LOCATION', 'Ribeirão Preto'], ['PERSON', 'Ana Rosa Bertolini'], ['LOCATION', 'Caxias do Sul']] },
  // 66 Portuguese (Brazil): tracking events
  { shape: 'log', text: '24/11/2026 18:42 Objeto postado - São José dos Campos / SP\n25/11/2026 03:10 Objeto em trânsito - por favor aguarde, de Unidade de Tratamento em Cajamar / SP para Unidade de Distribuição em Curitiba / PR\n26/11/2026 09:05 Objeto saiu para entrega ao destinatário - Curitiba / PR', expect: [['LOCATION', 'São José dos Campos'], ['LOCATION', 'SP'], ['LOCATION', 'Cajamar'], ['LOCATION', 'SP'], ['LOCATION', 'Curitiba'], ['LOCATION', 'PR'], ['LOCATION', 'Curitiba'], ['LOCATION', 'PR']] },
  // 67 Portuguese: hard negative
  { shape: 'negative', text: 'Promoção de Natal: Bacalhau à Brás, Pastel de Nata e Vinho Verde com 20% de desconto. Consulte o Regulamento no Portal do Cliente. Boas Festas e Feliz Ano Novo!', expect: [] },
  // 68 French: news dateline
  { shape: 'news', text: "LYON (AFP) - De violents orages ont frappé la vallée du Rhône dans la nuit de samedi à dimanche. À Valence et à Montélimar, des caves ont été inondées ; la préfecture de la Drôme a ouvert un centre d'accueil à Crest.", expect: [['LOCATION', 'LYON'], ['ORGANIZATION', 'AFP'], ['LOCATION', 'Rhône'], ['LOCATION', 'Valence'], ['LOCATION', 'Montélimar'], ['LOCATION', 'Drôme'], ['LOCATION', 'Crest']] },
  // 69 French (Canada): immigration form
  { shape: 'form', text: 'Demande de résidence permanente\nNom de famille : Diallo\nPrénom(s) : Mariama\nLieu de naissance : Labé, Guinée\nAdresse actuelle : 4520, rue Saint-Denis, app. 3, Montréal (Québec) H2J 2L3\nProvince de destination : Québec', expect: [['PERSON', 'Diallo'], ['PERSON', 'Mariama'], ['LOCATION', 'Labé'], ['LOCATION', 'Guinée'], ['ADDRESS', '4520, rue Saint-Denis, app. 3, Montréal (Québec) H2J 2L3'], ['LOCATION', 'Québec']] },
  // 70 French (Belgium): social post, lower case
  { shape: 'sms', text: 'week-end de ouf à bruxelles 🍟 demain train pour gand et bruges, retour à liège dimanche soir #belgique #bruges', expect: [['LOCATION', 'bruxelles'], ['LOCATION', 'gand'], ['LOCATION', 'bruges'], ['LOCATION', 'liège'], ['LOCATION', 'belgique'], ['LOCATION', 'bruges']] },
  // 71 French: dual use Florence, Orange
  { shape: 'prose', text: "Florence Morel habite à Orange, près d'Avignon ; elle travaille chez Orange depuis dix ans et part cet été à Florence avec sa fille, qui ne s'habille qu'en orange.", expect: [['PERSON', 'Florence Morel'], ['LOCATION', 'Orange'], ['LOCATION', 'Avignon'], ['ORGANIZATION', 'Orange'], ['LOCATION', 'Florence']] },
  // 72 French: hard negative
  { shape: 'negative', text: 'Liberté, Égalité, Fraternité. Le Conseil Municipal se réunira Mardi à 18 h. Ordre du Jour : Budget Primitif, Travaux de Voirie, Fête de la Musique, Questions Diverses.', expect: [] },
  // 73 Italian: weather
  { shape: 'news', text: "Previsioni meteo: allerta arancione in Liguria e sull'alto Piemonte per piogge intense. Neve sopra i 1500 metri sulle Dolomiti; sole e temperature miti in Sicilia e Sardegna. Sul lago di Garda forte vento da nord.", expect: [['LOCATION', 'Liguria'], ['LOCATION', 'Piemonte'], ['LOCATION', 'Dolomiti'], ['LOCATION', 'Sicilia'], ['LOCATION', 'Sardegna'], ['LOCATION', 'lago di Garda']] },
  // 74 Italian: match report
  { shape: 'news', text: "Serie A: il Napoli batte la Lazio 2-0 al Maradona con una doppietta di Matteo Rinaldi. Domenica prossima gli azzurri giocano a Bergamo contro l'Atalanta.", expect: [['PERSON', 'Matteo Rinaldi'], ['LOCATION', 'Bergamo']] },
  // 75 German: traffic
  { shape: 'news', text: 'Verkehrsmeldung: A8 München Richtung Salzburg, zwischen Irschenberg und Rosenheim 8 km Stau nach einem Unfall. Auf der A9 bei Ingolstadt ist der rechte Fahrstreifen gesperrt.', expect: [['LOCATION', 'München'], ['LOCATION', 'Salzburg'], ['LOCATION', 'Irschenberg'], ['LOCATION', 'Rosenheim'], ['LOCATION', 'Ingolstadt']] },
  // 76 German: real estate, genitive
  { shape: 'prose', text: 'Charmante 3-Zimmer-Altbauwohnung im Herzen Kölns, nur fünf Gehminuten vom Rhein entfernt. Gute Anbindung nach Düsseldorf und Bonn. Besichtigung nach Vereinbarung mit Frau Katharina Vogt.', expect: [['LOCATION', 'Kölns'], ['LOCATION', 'Rhein'], ['LOCATION', 'Düsseldorf'], ['LOCATION', 'Bonn'], ['PERSON', 'Katharina Vogt']] },
  // 77 German (Austria): genealogy
  { shape: 'notes', text: 'Johann Georg Huber, geb. 1848 in Innsbruck, wanderte 1872 nach Milwaukee, Wisconsin aus; seine Schwester Theresia blieb in Tirol und heiratete nach Bozen.', expect: [['PERSON', 'Johann Georg Huber'], ['LOCATION', 'Innsbruck'], ['LOCATION', 'Milwaukee'], ['LOCATION', 'Wisconsin'], ['PERSON', 'Theresia'], ['LOCATION', 'Tirol'], ['LOCATION', 'Bozen']] },
  // 78 German: hard negative (capitalised nouns)
  { shape: 'negative', text: 'Bitte beachten Sie unsere Allgemeinen Geschäftsbedingungen. Die Lieferung erfolgt nach Zahlungseingang; bei Rückfragen wenden Sie sich an den Kundendienst. Frohe Weihnachten und einen Guten Rutsch ins Neue Jahr!', expect: [] },
  // 79 Dutch: news dateline
  { shape: 'news', text: 'ROTTERDAM - Door de storm zijn vrijdag alle veerdiensten naar Texel en Vlieland uitgevallen. In Zeeland en Noord-Holland gold code oranje; ook in Friesland werden wegen afgesloten.', expect: [['LOCATION', 'ROTTERDAM'], ['LOCATION', 'Texel'], ['LOCATION', 'Vlieland'], ['LOCATION', 'Zeeland'], ['LOCATION', 'Noord-Holland'], ['LOCATION', 'Friesland']] },
  // 80 Dutch: hard negative
  { shape: 'negative', text: 'Sinterklaasavond: Pepernoten, Speculaas en Chocolademelk voor iedereen! De Klantenservice is gesloten op Tweede Kerstdag en Koningsdag. Met vriendelijke groet, Team Verkoop.', expect: [] },
  // 81 Swedish: weather, genitive
  { shape: 'news', text: 'SMHI varnar för kraftigt snöfall i Norrlands inland och längs Höga kusten. I Stockholms län väntas 10–15 cm nysnö under natten, medan Skåne får regn.', expect: [['ORGANIZATION', 'SMHI'], ['LOCATION', 'Norrlands'], ['LOCATION', 'Höga kusten'], ['LOCATION', 'Stockholms län'], ['LOCATION', 'Skåne']] },
  // 82 Danish: news dateline
  { shape: 'news', text: 'AARHUS - Stormfloden har sat flere sommerhuse ved Vesterhavet under vand. Beboere i Thyborøn og Hvide Sande er blevet evakueret, oplyser Beredskabsstyrelsen.', expect: [['LOCATION', 'AARHUS'], ['LOCATION', 'Vesterhavet'], ['LOCATION', 'Thyborøn'], ['LOCATION', 'Hvide Sande'], ['ORGANIZATION', 'Beredskabsstyrelsen']] },
  // 83 Norwegian: social post, lower case
  { shape: 'sms', text: 'endelig sommerferie!! kjører fra oslo til lofoten via trondheim, telter ved reine i to netter 🏕️ #lofoten #norge', expect: [['LOCATION', 'oslo'], ['LOCATION', 'lofoten'], ['LOCATION', 'trondheim'], ['LOCATION', 'reine'], ['LOCATION', 'lofoten'], ['LOCATION', 'norge']] },
  // 84 Norwegian: genealogy
  { shape: 'notes', text: 'Ole Andreas Bakken ble født i 1867 på Voss og utvandret til Minnesota i 1888. Han giftet seg med Karen Marie Haugland fra Stavanger i Fargo, North Dakota.', expect: [['PERSON', 'Ole Andreas Bakken'], ['LOCATION', 'Voss'], ['LOCATION', 'Minnesota'], ['PERSON', 'Karen Marie Haugland'], ['LOCATION', 'Stavanger'], ['LOCATION', 'Fargo'], ['LOCATION', 'North Dakota']] },
  // 85 Finnish: case-inflected places
  { shape: 'prose', text: 'Muutin Tampereelta Helsinkiin viime vuonna, mutta kesät vietän edelleen mökillä Saimaalla. Veljeni Mikko asuu nykyään Oulussa.', expect: [['LOCATION', 'Tampereelta'], ['LOCATION', 'Helsinkiin'], ['LOCATION', 'Saimaalla'], ['PERSON', 'Mikko'], ['LOCATION', 'Oulussa']] },
  // 86 Finnish: weather
  { shape: 'news', text: 'Ilmatieteen laitos varoittaa liukkaista ajokeleistä Lapissa ja Pohjois-Pohjanmaalla. Rovaniemellä pakkasta voi olla yöllä jopa 30 astetta.', expect: [['ORGANIZATION', 'Ilmatieteen laitos'], ['LOCATION', 'Lapissa'], ['LOCATION', 'Pohjois-Pohjanmaalla'], ['LOCATION', 'Rovaniemellä']] },
  // 87 Polish: tracking events
  { shape: 'log', text: '2026-11-24 21:14 Przesyłka wyjechała z oddziału w Strykowie\n2026-11-25 05:47 Przesyłka dotarła do oddziału we Wrocławiu\n2026-11-25 08:02 Przesyłka wydana do doręczenia — Oleśnica', expect: [['LOCATION', 'Strykowie'], ['LOCATION', 'Wrocławiu'], ['LOCATION', 'Oleśnica']] },
  // 88 Polish: weather
  { shape: 'news', text: 'IMGW ostrzega przed burzami na Podkarpaciu i w Małopolsce. W Zakopanem i w całych Tatrach może spaść nawet 60 mm deszczu; zagrożony jest też rejon Nowego Sącza.', expect: [['ORGANIZATION', 'IMGW'], ['LOCATION', 'Podkarpaciu'], ['LOCATION', 'Małopolsce'], ['LOCATION', 'Zakopanem'], ['LOCATION', 'Tatrach'], ['LOCATION', 'Nowego Sącza']] },
  // 89 Czech: case-inflected places
  { shape: 'prose', text: 'Bydlím v Brně, ale pracuji v Praze. O víkendu jezdíme na chalupu do Krkonoš nebo k Lipnu.', expect: [['LOCATION', 'Brně'], ['LOCATION', 'Praze'], ['LOCATION', 'Krkonoš'], ['LOCATION', 'Lipnu']] },
  // 90 Czech: real estate
  { shape: 'prose', text: 'Prodej bytu 2+kk, 54 m², Údolní 15, 602 00 Brno. Klidná lokalita kousek od Žabovřesk, deset minut pěšky do centra. Kontakt: Ing. Petra Dvořáková.', expect: [['ADDRESS', 'Údolní 15, 602 00 Brno'], ['LOCATION', 'Žabovřesk'], ['PERSON', 'Petra Dvořáková']] },
  // 91 Romanian: itinerary CSV
  { shape: 'csv', text: 'zi;plecare;sosire;cazare\n1;București;Brașov;Brașov\n2;Brașov;Sighișoara;Sighișoara\n3;Sighișoara;Sibiu;Sibiu\n4;Sibiu;Munții Făgăraș;cort, dacă vremea permite', expect: [['LOCATION', 'București'], ['LOCATION', 'Brașov'], ['LOCATION', 'Brașov'], ['LOCATION', 'Brașov'], ['LOCATION', 'Sighișoara'], ['LOCATION', 'Sighișoara'], ['LOCATION', 'Sighișoara'], ['LOCATION', 'Sibiu'], ['LOCATION', 'Sibiu'], ['LOCATION', 'Sibiu'], ['LOCATION', 'Munții Făgăraș']] },
  // 92 Romanian: declaration, genitive
  { shape: 'form', text: 'Subsemnatul Ionuț-Alexandru Popescu, născut la Timișoara, domiciliat în str. Memorandumului nr. 28, ap. 4, Cluj-Napoca, jud. Cluj, declar că am locuit în ultimii cinci ani în zona Clujului.', expect: [['PERSON', 'Ionuț-Alexandru Popescu'], ['LOCATION', 'Timișoara'], ['ADDRESS', 'str. Memorandumului nr. 28, ap. 4, Cluj-Napoca, jud. Cluj'], ['LOCATION', 'Clujului']] },
  // 93 Hungarian: chat, case suffixes
  { shape: 'chat', text: 'Réka: hol vagy most?\nBence: még Debrecenben, holnap megyek vissza Budapestre\nRéka: nyáron jössz a Balatonhoz?\nBence: persze, de előtte Egerbe is', expect: [['PERSON', 'Réka'], ['PERSON', 'Bence'], ['LOCATION', 'Debrecenben'], ['LOCATION', 'Budapestre'], ['PERSON', 'Réka'], ['LOCATION', 'Balatonhoz'], ['PERSON', 'Bence'], ['LOCATION', 'Egerbe']] },
  // 94 Hungarian: news dateline
  { shape: 'news', text: 'SZEGED - A Tisza vízszintje tovább emelkedik; Csongrád-Csanád vármegyében és Szolnokon is harmadfokú árvízvédelmi készültséget rendeltek el.', expect: [['LOCATION', 'SZEGED'], ['LOCATION', 'Tisza'], ['LOCATION', 'Csongrád-Csanád vármegyében'], ['LOCATION', 'Szolnokon']] },
  // 95 Turkish: bus ticket
  { shape: 'sms', text: "Otobüs biletiniz onaylandı: Ankara'dan Kapadokya'ya (Nevşehir) 23:30 hareket. Göreme'de transfer aracı sizi bekleyecek. Yolcu: Mehmet Can Aydın.", expect: [['LOCATION', 'Ankara'], ['LOCATION', 'Kapadokya'], ['LOCATION', 'Nevşehir'], ['LOCATION', 'Göreme'], ['PERSON', 'Mehmet Can Aydın']] },
  // 96 Turkish: weather
  { shape: 'news', text: "Meteoroloji, Karadeniz'in doğusu için kuvvetli yağış uyarısı yaptı. Rize, Artvin ve Trabzon'da sel riski bulunuyor; Uzungöl yolu ulaşıma kapatıldı.", expect: [['ORGANIZATION', 'Meteoroloji'], ['LOCATION', 'Karadeniz'], ['LOCATION', 'Rize'], ['LOCATION', 'Artvin'], ['LOCATION', 'Trabzon'], ['LOCATION', 'Uzungöl']] },
  // 97 Vietnamese: self-introduction
  { shape: 'prose', text: 'Xin chào, tôi tên là Nguyễn Thị Thu Hà, hiện đang sống ở Đà Nẵng. Quê tôi ở Huế, còn chồng tôi làm việc tại Thành phố Hồ Chí Minh.', expect: [['PERSON', 'Nguyễn Thị Thu Hà'], ['LOCATION', 'Đà Nẵng'], ['LOCATION', 'Huế'], ['LOCATION', 'Thành phố Hồ Chí Minh']] },
  // 98 Vietnamese: tracking JSON
  { shape: 'json', text: '{"order":"VN-20931","event":"Đơn hàng đã rời kho Bắc Ninh","time":"06:15","ship_to":"25 Lý Thường Kiệt, phường Hàng Bài, quận Hoàn Kiếm, Hà Nội","receiver":"Trần Minh Quân"}', expect: [['LOCATION', 'Bắc Ninh'], ['ADDRESS', '25 Lý Thường Kiệt, phường Hàng Bài, quận Hoàn Kiếm, Hà Nội'], ['PERSON', 'Trần Minh Quân']] },
  // 99 Indonesian: weather
  { shape: 'news', text: 'BMKG memprakirakan hujan lebat di Jakarta, Bogor dan Depok sore ini. Gelombang tinggi juga berpotensi terjadi di Selat Sunda, sehingga penyeberangan Merak–Bakauheni bisa tertunda.', expect: [['ORGANIZATION', 'BMKG'], ['LOCATION', 'Jakarta'], ['LOCATION', 'Bogor'], ['LOCATION', 'Depok'], ['LOCATION', 'Selat Sunda'], ['LOCATION', 'Merak'], ['LOCATION', 'Bakauheni']] },
  // 100 Indonesian: social post, lower case
  { shape: 'sms', text: 'liburan ke jogja akhirnya 😍 besok sunrise di borobudur terus lanjut ke pantai parangtritis. minggu depan pulang ke surabaya #jogja #explorejogja', expect: [['LOCATION', 'jogja'], ['LOCATION', 'borobudur'], ['LOCATION', 'pantai parangtritis'], ['LOCATION', 'surabaya'], ['LOCATION', 'jogja']] },
];
