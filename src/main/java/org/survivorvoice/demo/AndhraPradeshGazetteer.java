package org.survivorvoice.demo;

/**
 * Andhra Pradesh with the thirteen districts it had before the April 2022 reorganisation: the
 * coastal districts and two Rayalaseema districts. Blocks are mandals.
 */
final class AndhraPradeshGazetteer {

    static final Gazetteer.State STATE =
            new Gazetteer.State(
                    "Andhra Pradesh",
                    "te",
                    Gazetteer.parse(
                            """
East Godavari | Kakinada | 2
  hospitals: Government General Hospital, Kakinada; District Hospital, Rajahmundry; Area Hospital, Amalapuram
  Kakinada Rural (Kakinada): Thimmapuram, Panduru, Ramanayyapeta, Thammavaram
  Samalkota (Samalkota): Unduru, Vetlapalem, Peddabrahmadevam
  Pithapuram (Pithapuram): Chendurthi, Kumarapuram, Mallam, Virava
  Amalapuram (Amalapuram): Bandarulanka, Samanasa, Janupalli, Indupalli
  Rajahmundry Rural (Bommuru): Bommuru, Katheru, Kolamuru, Hukumpeta
West Godavari | Eluru | 1
  hospitals: District Hospital, Eluru; Area Hospital, Tanuku; Area Hospital, Narsapuram
  Eluru (Eluru): Sanivarapupeta, Komadavolu, Gudivakalanka, Kokkirayilanka
  Bhimavaram (Bhimavaram): Chinaamiram, Rayalam, Gollavanitippa
  Tadepalligudem (Tadepalligudem): Pedatadepalli, Kadiyadda, Madhavaram
  Tanuku (Tanuku): Velpur, Duvva, Relangi, Mandapaka
  Narsapuram (Narsapuram): Lakshmaneswaram, Seetharampuram, Chittavaram
Krishna | Machilipatnam | 2
  hospitals: Government General Hospital, Vijayawada; District Hospital, Machilipatnam; Area Hospital, Gudivada; Area Hospital, Nuzvid
  Gannavaram (Gannavaram): Kesarapalli, Buddhavaram, Surampalli, Gollanapalli, Ajjampudi
  Kaikaluru (Kaikaluru): Alapadu, Bhujabalapatnam, Kolletikota, Vadarlapadu
  Vijayawada Rural (Ibrahimpatnam): Enikepadu, Nidamanuru, Prasadampadu, Gudavalli
  Penamaluru (Penamaluru): Poranki, Yanamalakuduru, Gangur, Vanukuru
  Machilipatnam (Machilipatnam): Manginapudi, Gilakaladindi, Tallapalem, Pedapatnam
Guntur | Guntur | 2
  hospitals: Government General Hospital, Guntur; Area Hospital, Tenali; Area Hospital, Narasaraopet
  Mangalagiri (Mangalagiri): Atmakur, Chinakakani, Kuragallu, Nidamarru, Navuluru
  Tadepalle (Tadepalle): Undavalli, Penumaka, Prathuru, Vaddeswaram
  Tenali (Tenali): Angalakuduru, Kolakaluru, Nandivelugu, Pedaravuru
  Narasaraopet (Narasaraopet): Kesanupalli, Yallamanda, Ravipadu
Prakasam | Ongole | 1
  hospitals: Government General Hospital, Ongole; Area Hospital, Markapur; Area Hospital, Chirala
  Ongole (Ongole): Cheruvukommupalem, Pellur, Koppolu, Throvagunta
  Chirala (Chirala): Eepurupalem, Ramapuram, Vodarevu
  Kothapatnam (Kothapatnam): Kothapatnam, Gavandlapalem, Kanuparthi
  Tangutur (Tangutur): Tangutur, Jayavaram, Valluru
Visakhapatnam | Visakhapatnam | 1
  hospitals: King George Hospital, Visakhapatnam; Area Hospital, Anakapalle; Area Hospital, Paderu
  Bheemunipatnam (Bheemunipatnam): Tagarapuvalasa, Nidigattu, Chittivalasa, Kapuluppada
  Pendurthi (Pendurthi): Chinamushidivada, Saripalli, Pinagadi
  Anakapalle (Anakapalle): Koppaka, Tummapala, Kundram, Sankaram
  Araku Valley (Araku): Padmapuram, Sunkarimetta, Madagada
  Paderu (Paderu): Minumuluru, Vanugupalli, Gutthulaputtu
Anantapur | Anantapur | 1
  hospitals: Government General Hospital, Anantapur; District Hospital, Hindupur; Area Hospital, Kadiri
  Anantapur (Anantapur): Rachanapalli, Itukalapalli, Kurugunta, Kakkalapalli
  Dharmavaram (Dharmavaram): Chigicherla, Gotlur, Ravulacheruvu
  Penukonda (Penukonda): Erramanchi, Gonipeta, Munimadugu, Settipalli
  Hindupur (Hindupur): Kirikera, Manesamudram, Chowluru, Thumakunta
Kurnool | Kurnool | 1
  hospitals: Government General Hospital, Kurnool; District Hospital, Nandyal; Area Hospital, Adoni
  Orvakal (Orvakal): Orvakal, Nannur, Kalva
  Kallur (Kallur): Chinnatekur, Peddatekur, Ulindakonda
  Kodumur (Kodumur): Goruntla, Pyalakurthi, Laddagiri
  Nandyal (Nandyal): Ayyalur, Polur, Kanala
"""));

    private AndhraPradeshGazetteer() {}
}
