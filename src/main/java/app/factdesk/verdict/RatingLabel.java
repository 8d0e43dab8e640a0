package app.factdesk.verdict;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "rating_label")
class RatingLabel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long workspaceId;
    private int position;
    private String labelEn;
    private String labelAr;
    private Integer ratingValue;
    private String colour;
    private String description;
    private boolean retired;
    @Version
    private long version;

    protected RatingLabel() {
    }

    RatingLabel(long workspaceId, int position, RatingLabelFields fields) {
        this.workspaceId = workspaceId;
        this.position = position;
        edit(fields);
    }

    void edit(RatingLabelFields fields) {
        this.labelEn = fields.labelEn().strip();
        this.labelAr = fields.labelAr().strip();
        this.ratingValue = fields.ratingValue();
        this.colour = fields.colour().toLowerCase(java.util.Locale.ROOT);
        this.description = fields.description() == null || fields.description().isBlank() ? null
                : fields.description().strip();
    }

    void setRetired(boolean retired) {
        this.retired = retired;
    }

    void setPosition(int position) {
        this.position = position;
    }

    Long getId() {
        return id;
    }

    int getPosition() {
        return position;
    }

    Integer getRatingValue() {
        return ratingValue;
    }

    boolean isRetired() {
        return retired;
    }

    RatingLabelRow toRow() {
        return new RatingLabelRow(id, position, labelEn, labelAr, ratingValue, colour, description, retired,
                version);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof RatingLabel other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
