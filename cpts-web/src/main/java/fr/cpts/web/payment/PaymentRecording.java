package fr.cpts.web.payment;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.payment.PaymentOrder;
import fr.cpts.domain.payment.PaymentOrderMoved;
import fr.cpts.domain.payment.PaymentOrders;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.FrenchDates;
import fr.cpts.web.FrenchFormats;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the CPAM officer does on the ledger: records orders as paid (one, or a selection under one accounting
 * reference), suspends an order with a reason, resumes it. Only orders of the officer's départements are found; all
 * the selection is paid or none of it.
 */
@Service
@Transactional
public class PaymentRecording {

    /** Most orders paid at once. */
    static final int MAX_SELECTION = 500;

    private final PaymentOrders orders;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PaymentRecording(PaymentOrders orders, ApplicationEventPublisher events, Clock clock) {
        this.orders = orders;
        this.events = events;
        this.clock = clock;
    }

    /** Pays every selected order on the day typed, under {@code reference}; returns how many. */
    public int pay(Account officer, List<Long> selected, String typedDay, String reference) {
        LocalDate today = FrenchFormats.today(clock);
        String typed = typedDay == null ? "" : typedDay.strip();
        LocalDate paidOn = FrenchDates.read(typed).orElse(null);
        if (paidOn == null && !typed.isEmpty()) {
            throw new DomainException("Date de paiement : « " + typed + " » n'est pas une date (jj/mm/aaaa).");
        }
        return move(officer, selected, order -> order.pay(paidOn, reference, today, Actor.of(officer), now()));
    }

    public void suspend(Account officer, long id, String reason) {
        move(officer, List.of(id), order -> order.suspend(reason, Actor.of(officer), now()));
    }

    public void resume(Account officer, long id) {
        move(officer, List.of(id), order -> order.resume(Actor.of(officer), now()));
    }

    private int move(Account officer, List<Long> selected, Function<PaymentOrder, PaymentOrderMoved> move) {
        if (officer.role() != Role.CPAM_OFFICER) {
            throw new DomainException("Les paiements sont enregistrés par la caisse (CPAM) ; l'ARS lit le registre.");
        }
        Set<Long> ids = new LinkedHashSet<>(selected == null ? List.of() : selected);
        if (ids.isEmpty()) {
            throw new DomainException("Ordres à payer : cochez au moins un ordre de la liste.");
        }
        if (ids.size() > MAX_SELECTION) {
            throw new DomainException(
                    "Ordres à payer : " + MAX_SELECTION + " ordres au plus à la fois (" + ids.size() + " cochés).");
        }
        List<PaymentOrder> found = orders.inScopeLocked(ids, officer.scope());
        if (found.size() != ids.size()) {
            throw new OrderNotFound();
        }
        List<PaymentOrderMoved> moves = new ArrayList<>();
        for (PaymentOrder order : found) {
            PaymentOrderMoved moved = move.apply(order);
            if (!orders.record(moved)) {
                throw new DomainException(
                        "L'ordre « " + order.label() + " » vient d'être modifié par une autre personne ;"
                                + " rien n'a été enregistré, rechargez le registre.");
            }
            moves.add(moved);
        }
        moves.forEach(events::publishEvent);
        return moves.size();
    }

    private Instant now() {
        return clock.instant();
    }
}
