import type { ShapeFixture } from './entity-shapes.fixtures.js';

/**
 * Batch H, written for this project on 2026-11-26 after the rules fixed for batch G, and scored once
 * before any rule was looked at for it. Same shapes as batch G, new names, places and address orders;
 * four hard negatives. No text is taken from a data set.
 */
export const BATCH_H: ShapeFixture[] = [
  { shape: 'chat', text: 'quick q — did anyone hear back from Wanjiru about the Kisumu warehouse?', expect: [['PERSON', 'Wanjiru'], ['LOCATION', 'Kisumu']] },
  { shape: 'case', text: 'hey its dilnoza again, the courier still hasnt come to tashkent', expect: [['PERSON', 'dilnoza'], ['LOCATION', 'tashkent']] },
  { shape: 'email', text: 'Hi Bartholomew,\n\nCould you forward the Q3 figures to Ms. Adjoa Mensah-Bonsu before the Accra meeting?\n\nThanks,\nLiesel', expect: [['PERSON', 'Bartholomew'], ['PERSON', 'Adjoa Mensah-Bonsu'], ['LOCATION', 'Accra'], ['PERSON', 'Liesel']] },
  { shape: 'ticket', text: 'INC-20931 | Caller: Tomasz Wiśniewski | Site: Gdańsk | Laptop will not boot after BIOS update', expect: [['PERSON', 'Tomasz Wiśniewski'], ['LOCATION', 'Gdańsk']] },
  { shape: 'json', text: '{"guest": {"first": "Siosaia", "last": "Tupou"}, "hotel": "Harbour View", "city": "Nukuʻalofa"}', expect: [['PERSON', 'Siosaia'], ['PERSON', 'Tupou'], ['LOCATION', 'Nukuʻalofa']] },
  { shape: 'csv', text: 'driver,depot,route\nEmre Aydın,Ankara,A12\nKaveh Jafari,Isfahan,B7', expect: [['PERSON', 'Emre Aydın'], ['LOCATION', 'Ankara'], ['PERSON', 'Kaveh Jafari'], ['LOCATION', 'Isfahan']] },
  { shape: 'log', text: '[2026-10-14 22:01:07] ERROR payout failed beneficiary="Nomvula Dlamini" bank_city=Durban code=E_LIMIT', expect: [['PERSON', 'Nomvula Dlamini'], ['LOCATION', 'Durban']] },
  { shape: 'form', text: 'Patient name: Evangelos Mavros\nAddress: Leoforos Kifisias 112, 115 26 Athina\nGP: Dr. Sofia Andreou', expect: [['PERSON', 'Evangelos Mavros'], ['ADDRESS', 'Leoforos Kifisias 112, 115 26 Athina'], ['PERSON', 'Sofia Andreou']] },
  { shape: 'form', text: 'Ship to:\nMathilde Fournier\n14 rue des Lilas\n69003 Lyon\nFrance', expect: [['PERSON', 'Mathilde Fournier'], ['ADDRESS', '14 rue des Lilas\n69003 Lyon\nFrance']] },
  { shape: 'prose', text: 'The package goes to Prinsengracht 263, 1016 GV Amsterdam; ring twice and ask for Joost.', expect: [['ADDRESS', 'Prinsengracht 263, 1016 GV Amsterdam'], ['PERSON', 'Joost']] },
  { shape: 'news', text: "Brazil's Marta Vieira da Silva scored twice as Corinthians beat Palmeiras in São Paulo on Sunday.", expect: [['LOCATION', 'Brazil'], ['PERSON', 'Marta Vieira da Silva'], ['LOCATION', 'São Paulo']] },
  { shape: 'news', text: 'Speaking in Jakarta, foreign minister Retno Marsudi urged calm; her Malaysian counterpart arrives Friday.', expect: [['LOCATION', 'Jakarta'], ['PERSON', 'Retno Marsudi']] },
  { shape: 'chat', text: 'Moderator: Welcome back. Fatoumata, you moved from Dakar to Lyon — how was it?\nFatoumata: Cold! But my brother Ousmane helped a lot.', expect: [['PERSON', 'Fatoumata'], ['LOCATION', 'Dakar'], ['LOCATION', 'Lyon'], ['PERSON', 'Fatoumata'], ['PERSON', 'Ousmane']] },
  { shape: 'meeting', text: 'Actions\n- Hemi: book the venue in Rotorua\n- Ananya: send the invoice to Pune\n- Finance: approve budget', expect: [['PERSON', 'Hemi'], ['LOCATION', 'Rotorua'], ['PERSON', 'Ananya'], ['LOCATION', 'Pune']] },
  { shape: 'case', text: 'PLEASE DELIVER TO YUSUF OZTURK, GATE 3, ISTANBUL AIRPORT CARGO', expect: [['PERSON', 'YUSUF OZTURK'], ['LOCATION', 'ISTANBUL']] },
  { shape: 'prose', text: 'My aunt Folasade still lives in the old house in Abeokuta with her dog.', expect: [['PERSON', 'Folasade'], ['LOCATION', 'Abeokuta']] },
  { shape: 'negative', text: 'The Schengen Agreement and the Bologna Process both date from the 1980s and 1990s.', expect: [] },
  { shape: 'negative', text: 'Add 3x Victoria Sponge and 2x Eton Mess to the catering order for Friday.', expect: [] },
  { shape: 'negative', text: 'Use the Fibonacci Heap instead of a Binary Heap and compare with Dijkstra runtime.', expect: [] },
  { shape: 'negative', text: '- Frontend: done\n- Backend: in review\n- Docs: pending', expect: [] },
];
